import fs from "node:fs";
import { expect, it } from "vitest";
import { PG_MIGRATIONS, PG_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA, toPostgresSchema } from "../scripts/pg-schema.js";
import { migrationFolders } from "../scripts/sqlite-row-counts.js";

// Needs no database, so it also runs where no PostgreSQL server answers.
// test/pg-migrations-drift.pg.test.ts checks what the PostgreSQL migrations produce.
const fix = "run `npm run db:migration` (docs/deployment.md, section Migrations on both databases)";

it("every SQLite migration has a PostgreSQL twin of the same name, and no other", () => {
  expect(migrationFolders(PG_MIGRATIONS), fix).toEqual(migrationFolders(SQLITE_MIGRATIONS));
});

it("prisma/postgres/schema.prisma is generated from prisma/schema.prisma", () => {
  expect(fs.readFileSync(PG_SCHEMA, "utf8"), fix).toBe(toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
});
