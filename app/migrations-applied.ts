import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, resolveSqliteUrl } from "./database-url.js";

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * True when the database already holds every committed migration, finished and with the
 * checksum Prisma recorded for it (sha256 of migration.sql), and no failed or unknown one: then
 * `prisma migrate deploy` would do nothing, and a start skips its CLI (about 11 s on PostgreSQL,
 * 1.5 s on SQLite). Anything else — a missing table, a new or changed migration, a failed one, a
 * migration this code does not know — is false, and the CLI runs and decides as before.
 */
export async function migrationsApplied(databaseUrl: string, root: string): Promise<boolean> {
  const folder = isPostgresUrl(databaseUrl) ? path.join(root, "prisma", "postgres", "migrations") : path.join(root, "prisma", "migrations");
  const committed = committedMigrations(folder);
  let rows: AppliedRow[];
  try {
    rows = isPostgresUrl(databaseUrl) ? await postgresRows(databaseUrl) : sqliteRows(resolveSqliteUrl(databaseUrl));
  } catch {
    return false;
  }
  const applied = new Map<string, AppliedRow>();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at === null) return false;
    applied.set(row.migration_name, row);
  }
  if (applied.size !== committed.size) return false;
  for (const [name, checksum] of committed) if (applied.get(name)?.checksum !== checksum) return false;
  return true;
}

/** Folder name → sha256 of its migration.sql. */
function committedMigrations(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name, "migration.sql");
    if (entry.isDirectory() && fs.existsSync(file)) out.set(entry.name, createHash("sha256").update(fs.readFileSync(file)).digest("hex"));
  }
  return out;
}

const QUERY = `SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations`;

function sqliteRows(file: string): AppliedRow[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(QUERY).all() as AppliedRow[];
  } finally {
    db.close();
  }
}

async function postgresRows(url: string): Promise<AppliedRow[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query<AppliedRow>(QUERY)).rows;
  } finally {
    await client.end();
  }
}
