import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, isPostgresUrl, resolveSqliteUrl } from "./app/database-url.js";
import { pgMigrateAdapter } from "./app/pg-migrate-adapter.js";

// The schema reads env("DATABASE_URL"); without it `prisma generate` cannot read the
// generator settings and falls back to downloading a query engine.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;

// The DATABASE_URL scheme picks the database: file: → SQLite (prisma/), postgres(ql):// →
// PostgreSQL (prisma/postgres/, generated from prisma/schema.prisma by scripts/pg-schema.ts).
// Prisma 7's CLI needs a downloaded schema engine; 6.19 with the JS engine and a
// driver adapter runs migrate/generate fully offline.
const folder = isPostgresUrl(url) ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    if (isPostgresUrl(url)) return pgMigrateAdapter(url);
    return new PrismaBetterSQLite3({ url: resolveSqliteUrl(url) });
  },
});
