import path from "node:path";
import { z } from "zod";

/**
 * Where `npm run backup` writes (app/backup.ts defaultBackupDir): CRM_BACKUP_DIR, else "backups"
 * next to the SQLite file of DATABASE_URL (default ./data/backups).
 */
export function backupDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CRM_BACKUP_DIR) return path.resolve(env.CRM_BACKUP_DIR);
  const url = env.DATABASE_URL;
  const file = url?.startsWith("file:") ? url.slice("file:".length) : "data/crm.db";
  return path.join(path.dirname(path.resolve(file)), "backups");
}

/** CRM_BACKUP_RETENTION_DAYS: backups older than this are deleted by `npm run backup`; 0 keeps them. Default 30. */
export function backupRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  return z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .default(30)
    .parse(env.CRM_BACKUP_RETENTION_DAYS === "" ? undefined : env.CRM_BACKUP_RETENTION_DAYS);
}
