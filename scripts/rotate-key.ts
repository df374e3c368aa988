import { loadConfig } from "../app/config.js";
import { isPostgresUrl, redactUrl, resolveSqliteUrl } from "../app/database-url.js";
import { migrateDeploy } from "../app/migrate.js";
import { prepareSqliteFile } from "../app/private-files.js";
import { rotateDataKey } from "../app/rotate-key.js";
import { openDatabase } from "../domain/shared/db.js";

/**
 * `npm run rotate-key`: generates a new data key into <data dir>/data-key (the old one is kept in
 * data-key.previous for reading), then re-encrypts every encrypted value and recomputes the lookup
 * hashes under it. `npm run rotate-key -- --resume`: no new key, only re-encrypt under the current
 * one (after an interruption, or after setting CRM_DATA_KEY / CRM_DATA_KEY_PREVIOUS yourself).
 */
async function main() {
  process.umask(0o077);
  const config = loadConfig();
  const args = new Set(process.argv.slice(2));
  const url = config.DATABASE_URL;
  const sqliteFile = isPostgresUrl(url) ? undefined : resolveSqliteUrl(url);
  if (sqliteFile) prepareSqliteFile(sqliteFile);
  await migrateDeploy(url);
  const db = await openDatabase(sqliteFile ?? url);
  try {
    const result = await rotateDataKey(db, {
      env: process.env,
      generate: !args.has("--resume") && !process.env.CRM_DATA_KEY,
      onBatch: (model, rows) => console.log(`  ${model}: ${rows} rows re-encrypted`),
    });
    console.log(
      `${result.generated ? "Generated a new data key; r" : "R"}e-encrypted under key ${result.keyId} in ${redactUrl(url)}: ` +
        `${result.counts.Contact} contacts, ${result.counts.Company} companies, ${result.counts.Lead} leads.`,
    );
    console.log("Restart every bot instance now so they write under the new key.");
    console.log("Keep the previous key (data-key.previous / CRM_DATA_KEY_PREVIOUS) as long as you keep backups made before today.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
