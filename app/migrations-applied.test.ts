import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, pgServerUrl, scratchName } from "../test/pg-server.js";
import { createTestDb, type TestDb, testDialect } from "../test/test-db.js";
import { openDatabase } from "../domain/shared/db.js";
import { migrationsApplied } from "./migrations-applied.js";

const root = path.resolve(import.meta.dirname, "..");
let t: Pick<TestDb, "db" | "url" | "dialect" | "close">;

/** A migrated database of its own: on PostgreSQL not one of the pooled test databases, whose migration rows are shared. */
async function scratchDb(): Promise<typeof t> {
  if (testDialect() === "sqlite") return createTestDb();
  const name = scratchName("crm_migrations");
  const url = await createDatabase(pgServerUrl(), name, process.env.CRM_TEST_PG_TEMPLATE);
  const db = await openDatabase(url);
  return {
    db,
    url,
    dialect: "postgres",
    async close() {
      await db.$disconnect();
      await dropDatabase(pgServerUrl(), name);
    },
  };
}

beforeEach(async () => {
  t = await scratchDb();
});
afterEach(async () => {
  await t.close();
});

const first = `(SELECT min(migration_name) FROM _prisma_migrations)`;

describe("migrationsApplied (start without the migrate CLI)", () => {
  it("a database holding every committed migration is up to date", async () => {
    expect(await migrationsApplied(t.url, root)).toBe(true);
  });

  it("a migration changed since it was applied is not", async () => {
    await t.db.$executeRawUnsafe(`UPDATE _prisma_migrations SET checksum = 'changed' WHERE migration_name = ${first}`);
    expect(await migrationsApplied(t.url, root)).toBe(false);
  });

  it("a migration not applied yet, or one that failed, is not", async () => {
    await t.db.$executeRawUnsafe(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${first}`);
    expect(await migrationsApplied(t.url, root)).toBe(false);
    await t.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = ${first}`);
    expect(await migrationsApplied(t.url, root)).toBe(false);
  });

  it("a rolled-back attempt next to the finished one does not count", async () => {
    await t.db.$executeRawUnsafe(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, rolled_back_at, applied_steps_count) SELECT 'rolled', 'old', migration_name, started_at, started_at, 0 FROM _prisma_migrations WHERE migration_name = ${first}`,
    );
    expect(await migrationsApplied(t.url, root)).toBe(true);
  });

  it("a migration the code does not know (the database is newer), or a new one in the code, is not", async () => {
    await t.db.$executeRawUnsafe(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) SELECT 'newer', checksum, 'z_from_a_newer_release', started_at, finished_at, 1 FROM _prisma_migrations WHERE migration_name = ${first}`,
    );
    expect(await migrationsApplied(t.url, root)).toBe(false);
    await t.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE id = 'newer'`);

    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "crm-migrations-"));
    try {
      fs.cpSync(path.join(root, "prisma"), path.join(copy, "prisma"), { recursive: true });
      const folder = t.dialect === "postgres" ? path.join(copy, "prisma", "postgres", "migrations") : path.join(copy, "prisma", "migrations");
      fs.mkdirSync(path.join(folder, "29991231000000_next"));
      fs.writeFileSync(path.join(folder, "29991231000000_next", "migration.sql"), "CREATE TABLE next_one (id INTEGER);\n");
      expect(await migrationsApplied(t.url, copy)).toBe(false);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("no database yet is not", async () => {
    const url =
      t.dialect === "postgres" ? t.url.replace(/\/[^/?]+(\?|$)/, "/no_such_database_here$1") : `file:${path.join(os.tmpdir(), "crm-none", "nothing.db")}`;
    expect(await migrationsApplied(url, root)).toBe(false);
  });
});
