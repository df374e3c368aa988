import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, resolveSqliteUrl } from "./app/database-url.js";

// The schema reads env("DATABASE_URL"); without it `prisma generate` cannot read the
// generator settings and falls back to downloading a query engine.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

// Prisma 7's CLI needs a downloaded schema engine; 6.19 with the JS engine and a
// driver adapter runs migrate/generate fully offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: resolveSqliteUrl(process.env.DATABASE_URL) });
  },
});
