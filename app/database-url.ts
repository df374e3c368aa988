import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/crm.db";

/** Turns a `file:` DATABASE_URL into the path better-sqlite3 opens, creating its folder. */
export function resolveSqliteUrl(url: string | undefined): string {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (!value.startsWith("file:")) {
    throw new Error(`Only file: (SQLite) database URLs are supported, got "${value}"`);
  }
  const file = value.slice("file:".length);
  if (file === ":memory:") return file;
  const absolute = path.resolve(file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  return absolute;
}
