import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ensurePrivateDir, ensurePrivateFile, PRIVATE_FILE_MODE } from "./private-files.js";

export interface BackupResult {
  file: string;
  bytes: number;
  integrity: string;
}

/** data/crm.db → data/backups; CRM_BACKUP_DIR overrides. */
export function defaultBackupDir(databaseFile: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CRM_BACKUP_DIR ? path.resolve(env.CRM_BACKUP_DIR) : path.join(path.dirname(databaseFile), "backups");
}

/**
 * A consistent copy of a live database with SQLite's online backup API (better-sqlite3 `.backup()`):
 * the bot keeps reading and writing meanwhile, and the copy is one committed state of the file.
 * The copy is checked with PRAGMA integrity_check before it is reported.
 */
export async function backupDatabase(databaseFile: string, backupDir: string, now = new Date()): Promise<BackupResult> {
  ensurePrivateDir(backupDir);
  const file = path.join(backupDir, `${now.toISOString().replace(/[:.]/g, "-")}.db`);
  // A backup holds the same personal data as the database: created 0600 before SQLite writes to it.
  ensurePrivateFile(file);
  const source = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
  try {
    // Copy everything in one step: a stepped backup restarts whenever another connection writes.
    await source.backup(file, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  // One self-contained file: the copy inherits WAL mode, which would leave -wal/-shm files beside it.
  const copy = new Database(file);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  return { file, bytes: fs.statSync(file).size, integrity: integrityCheck(file) };
}

/** "ok" for a sound database file, else SQLite's list of problems. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database. The bot must be stopped: the old file's WAL and shared
 * memory files are removed so SQLite does not replay them onto the restored copy.
 */
export function restoreBackup(backupFile: string, databaseFile: string): void {
  const integrity = integrityCheck(backupFile);
  if (integrity !== "ok") throw new Error(`backup ${backupFile} is damaged: ${integrity}`);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.copyFileSync(backupFile, databaseFile);
  fs.chmodSync(databaseFile, PRIVATE_FILE_MODE);
}

/** Names backupDatabase gives its files: the ISO time with ":" and "." replaced, then ".db". */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/;

/**
 * Retention of backups (they hold personal data, including that of erased people): deletes the
 * backups in `dir` written more than `retentionDays` ago, judged by the time in their name.
 * Files with other names are left alone. 0 days keeps everything. Returns the deleted paths.
 */
export function pruneBackups(dir: string, retentionDays: number, now = new Date()): string[] {
  if (retentionDays <= 0 || !fs.existsSync(dir)) return [];
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  const deleted: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const m = BACKUP_NAME.exec(name);
    if (!m) continue;
    const written = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
    if (Number.isNaN(written) || written >= cutoff) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    deleted.push(path.join(dir, name));
  }
  return deleted;
}
