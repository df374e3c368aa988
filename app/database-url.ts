import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/crm.db";

export type DatabaseKind = "sqlite" | "postgres";

/** `postgres://` / `postgresql://` → PostgreSQL; anything else must be a `file:` (SQLite) URL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

export function databaseKind(url: string | undefined): DatabaseKind {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}

/** Turns a `file:` DATABASE_URL into the path better-sqlite3 opens, creating its folder. */
export function resolveSqliteUrl(url: string | undefined): string {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (!value.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be file:<path> (SQLite) or postgresql://… (PostgreSQL), got "${value}"`);
  }
  const file = value.slice("file:".length);
  if (file === ":memory:") return file;
  const absolute = path.resolve(file);
  // The database folder also holds backups, exports and the data key: owner only when we create it.
  fs.mkdirSync(path.dirname(absolute), { recursive: true, mode: 0o700 });
  return absolute;
}

/** The URL without its password, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
