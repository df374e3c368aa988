import { backupDatabase, defaultBackupDir, restoreBackup } from "../app/backup.js";
import { loadConfig } from "../app/config.js";
import { resolveSqliteUrl } from "../app/database-url.js";

/**
 * `npm run backup`: an online, consistent copy of the configured SQLite database into
 * data/backups/<timestamp>.db (safe while the bot runs).
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
  const result = await backupDatabase(databaseFile, defaultBackupDir(databaseFile));
  console.log(`Backup written: ${result.file} (${result.bytes} bytes, integrity_check: ${result.integrity})`);
  if (result.integrity !== "ok") process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
