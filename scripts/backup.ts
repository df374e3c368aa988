import { backupDatabase, defaultBackupDir, pruneBackups, restoreBackup } from "../app/backup.js";
import { backupRetentionDays } from "../bot/privacy/backup-location.js";
import { loadConfig } from "../app/config.js";
import { resolveSqliteUrl } from "../app/database-url.js";

/**
 * `npm run backup`: an online, consistent copy of the configured SQLite database into
 * data/backups/<timestamp>.db (safe while the bot runs).
 * Then deletes backups older than CRM_BACKUP_RETENTION_DAYS (default 30; 0 keeps all): backups
 * hold personal data, also of people erased since, so they must not be kept forever (PIPL).
 * `npm run backup -- --restore <file>`: puts a backup back in place (stop the bot first).
 */
async function main() {
  process.umask(0o077);
  const config = loadConfig();
  const databaseFile = resolveSqliteUrl(config.DATABASE_URL);
  const args = process.argv.slice(2);
  const restoreAt = args.indexOf("--restore");
  if (restoreAt >= 0) {
    const backupFile = args[restoreAt + 1];
    if (!backupFile) throw new Error("usage: npm run backup -- --restore <backup file>");
    restoreBackup(backupFile, databaseFile);
    console.log(`Restored ${backupFile} to ${databaseFile}. Start the bot again.`);
    return;
  }
  const retentionDays = backupRetentionDays();
  const dir = defaultBackupDir(databaseFile);
  const result = await backupDatabase(databaseFile, dir);
  console.log(`Backup written: ${result.file} (${result.bytes} bytes, integrity_check: ${result.integrity})`);
  if (result.integrity !== "ok") {
    // Never delete older backups when the new one is not sound.
    process.exitCode = 1;
    return;
  }
  const deleted = pruneBackups(dir, retentionDays);
  console.log(
    `Deleted ${deleted.length} backup(s) older than ${retentionDays} days (CRM_BACKUP_RETENTION_DAYS)${deleted.length ? `: ${deleted.join(", ")}` : ""}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
