import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pgServerUrl } from "../test/pg-server.js";
import { dataStatements, isEmptyMigration } from "./migration-sql.js";
import { PG_MIGRATIONS, PG_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA, readText, toPostgresSchema, toSqliteSchema } from "./pg-schema.js";
import { diffScript, PG_PLACEHOLDER_URL, prismaCli, ROOT, SQLITE_PLACEHOLDER_URL } from "./prisma-cli.js";
import { migrationFolders } from "./sqlite-row-counts.js";

/**
 * `npm run db:migration -- <name>`: after an edit of prisma/schema.prisma, writes the SQLite
 * migration and its PostgreSQL twin (same folder name) and regenerates both clients.
 * `npm run db:migration` (no name): writes the PostgreSQL twin of every SQLite migration that has
 * none (e.g. after merging a branch that added one), carrying over its INSERT/UPDATE/DELETE lines.
 * prisma/postgres/schema.prisma records the state the PostgreSQL migrations produce: it is the
 * "before" of every diff. Needs a PostgreSQL server (CRM_PG_URL): Prisma's schema engine connects
 * to one even to diff two schema files.
 */
process.chdir(ROOT);
const name = process.argv[2];
const pgUrl = pgServerUrl();

const sqliteFolders = migrationFolders(SQLITE_MIGRATIONS);
const pgFolders = migrationFolders(PG_MIGRATIONS);
const strays = pgFolders.filter((f) => !sqliteFolders.includes(f));
if (strays.length > 0) fail(`PostgreSQL migrations without a SQLite twin: ${strays.join(", ")}`);
const missing = sqliteFolders.filter((f) => !pgFolders.includes(f));

const before = readText(PG_SCHEMA);
const after = toPostgresSchema(readText(SQLITE_SCHEMA));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-migration-"));
const beforePg = write("before.pg.prisma", before);
const afterPg = write("after.pg.prisma", after);

if (name) {
  if (!/^(\d{14}_)?[a-z0-9_]+$/.test(name)) fail(`name "${name}": use lower-case letters, digits and _`);
  if (missing.length > 0)
    fail(`first catch up the PostgreSQL migrations of ${missing.join(", ")}: undo your schema edit, run \`npm run db:migration\`, redo the edit`);
  const folder = /^\d{14}_/.test(name) ? name : `${nextPrefix(sqliteFolders)}_${name}`;
  const sqliteSql = await diffScript(write("before.sqlite.prisma", toSqliteSchema(before)), SQLITE_SCHEMA, SQLITE_PLACEHOLDER_URL);
  if (isEmptyMigration(sqliteSql)) fail("prisma/schema.prisma has no change since the last migration");
  const pgSql = await diffScript(beforePg, afterPg, pgUrl);
  writeMigration(SQLITE_MIGRATIONS, folder, sqliteSql);
  writeMigration(PG_MIGRATIONS, folder, pgSql);
} else if (missing.length === 0) {
  if (before !== after) fail("prisma/schema.prisma changed: pass a name, e.g. `npm run db:migration -- add_reminders`");
  console.log("The PostgreSQL migrations are in step with the SQLite ones; nothing to do.");
  process.exit(0);
} else {
  // The schema diff covers every missing migration at once, so it goes into the first of them
  // (additive changes: later data statements find their tables); each keeps its own data lines.
  const ddl = await diffScript(beforePg, afterPg, pgUrl);
  missing.forEach((folder, index) => {
    const data = dataStatements(readText(path.join(SQLITE_MIGRATIONS, folder, "migration.sql")));
    const parts = [
      `-- PostgreSQL twin of prisma/migrations/${folder}, written by \`npm run db:migration\`.`,
      index === 0 ? ddl.trim() : `-- Its schema change is in ${missing[0]} (written together).`,
      data.length > 0 ? `-- Data statements copied from the SQLite migration.\n${data.join("\n")}` : "",
    ];
    writeMigration(PG_MIGRATIONS, folder, parts.filter(Boolean).join("\n\n"));
  });
}

fs.writeFileSync(PG_SCHEMA, after);
fs.rmSync(tmp, { recursive: true, force: true });
for (const url of [SQLITE_PLACEHOLDER_URL, PG_PLACEHOLDER_URL]) await prismaCli(["generate"], url);
console.log(`Updated ${PG_SCHEMA} and regenerated both clients. Check the SQL, add data statements (seed rows) to both twins
if you need any, then run \`npm test\`: test/migrations-drift.test.ts and test/pg-migrations-drift.pg.test.ts check them.`);

function write(file: string, text: string): string {
  const full = path.join(tmp, file);
  fs.writeFileSync(full, text);
  return full;
}

function writeMigration(root: string, folder: string, sql: string): void {
  fs.mkdirSync(path.join(root, folder), { recursive: true });
  fs.writeFileSync(path.join(root, folder, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
  console.log(`wrote ${path.join(root, folder, "migration.sql")}`);
}

/** UTC yyyymmddhhmmss, later than every existing folder so the new one is applied last. */
function nextPrefix(existing: string[]): string {
  const now = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const last =
    existing
      .map((f) => f.slice(0, 14))
      .sort()
      .at(-1) ?? "0";
  return now > last ? now : String(BigInt(last) + 1n);
}

function fail(message: string): never {
  console.error(`db:migration: ${message}`);
  process.exit(1);
}
