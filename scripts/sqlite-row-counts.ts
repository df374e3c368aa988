import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Rows per table after running every SQLite migration in order on an empty in-memory database. */
export function sqliteRowCountsFromMigrations(folder: string): Record<string, number> {
  const db = new Database(":memory:");
  try {
    for (const name of migrationFolders(folder)) db.exec(fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY 1`)
      .all() as { name: string }[];
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
    return counts;
  } finally {
    db.close();
  }
}

/** Migration folder names in the order Prisma applies them. */
export function migrationFolders(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(folder, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}
