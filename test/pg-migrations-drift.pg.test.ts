import { expect, it } from "vitest";
import { PG_SCHEMA, SQLITE_MIGRATIONS } from "../scripts/pg-schema.js";
import { pgExec, pgRowCounts, pgSchemaFacts } from "../scripts/pg-schema-facts.js";
import { diffScript } from "../scripts/prisma-cli.js";
import { sqliteRowCountsFromMigrations } from "../scripts/sqlite-row-counts.js";
import { createDatabase, pgServerUrl } from "./pg-server.js";
import { createTestDb } from "./test-db.js";

const fix = "run `npm run db:migration` (docs/deployment.md, section Migrations on both databases)";

// `migrate diff --from-migrations/--from-url` cannot run with a driver adapter, so the database
// the committed PostgreSQL migrations produce (the test template) is compared with a database
// built from the schema's own DDL.
it("the PostgreSQL migrations produce exactly the schema, with the rows the SQLite migrations seed", async () => {
  const migrated = await createTestDb();
  try {
    const ddl = await diffScript(null, PG_SCHEMA, pgServerUrl());
    const fromSchema = await createDatabase(pgServerUrl(), `${process.env.CRM_TEST_PG_PREFIX}_drift_${process.pid}`);
    await pgExec(fromSchema, ddl);
    const facts = await pgSchemaFacts(migrated.url);
    expect(facts, fix).toEqual(await pgSchemaFacts(fromSchema));
    expect(facts.length).toBeGreaterThan(200);
    expect(await pgRowCounts(migrated.url), "seed rows differ: copy the INSERTs of the SQLite migration").toEqual(
      sqliteRowCountsFromMigrations(SQLITE_MIGRATIONS),
    );
  } finally {
    await migrated.close();
  }
});
