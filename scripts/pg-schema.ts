import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const PG_SCHEMA = path.join("prisma", "postgres", "schema.prisma");
export const SQLITE_MIGRATIONS = path.join("prisma", "migrations");
export const PG_MIGRATIONS = path.join("prisma", "postgres", "migrations");

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:migration` (scripts/pg-schema.ts) — do not edit.\n" +
  "// It is also the record of what the committed PostgreSQL migrations produce.\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`pg-schema: cannot find ${what} in the schema`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL twin of the SQLite schema: same models, another provider and client folder. */
export function toPostgresSchema(sqliteSchema: string): string {
  let text = replaceOnce(sqliteSchema, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'provider = "sqlite"');
  text = replaceOnce(text, /(output\s*=\s*)"\.\.\/generated\/prisma"/, '$1"../../generated/prisma-pg"', 'output = "../generated/prisma"');
  return HEADER + text;
}

/** The inverse: the SQLite schema a PostgreSQL twin was made from (the state before an edit). */
export function toSqliteSchema(pgSchema: string): string {
  let text = pgSchema.startsWith(HEADER) ? pgSchema.slice(HEADER.length) : pgSchema;
  text = replaceOnce(text, /(datasource db \{[^}]*provider\s*=\s*)"postgresql"/, '$1"sqlite"', 'provider = "postgresql"');
  return replaceOnce(text, /(output\s*=\s*)"\.\.\/\.\.\/generated\/prisma-pg"/, '$1"../generated/prisma"', "the prisma-pg output");
}

export function readText(file: string): string {
  return fs.readFileSync(file, "utf8");
}
