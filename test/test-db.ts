import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../domain/shared/db.js";
import { pgServerUrl } from "./pg-server.js";
import { acquirePgDatabase } from "./pg-test-pool.js";

export interface TestDb {
  db: Db;
  /** DATABASE_URL of this database (`file:…` or `postgresql://…`), e.g. for createCrmApp. */
  url: string;
  dialect: "sqlite" | "postgres";
  /** The SQLite file; empty on PostgreSQL (use `url`). */
  file: string;
  close(): Promise<void>;
}

/** Which database the suite runs on: set per vitest project (vitest.config.ts). */
export function testDialect(): "sqlite" | "postgres" {
  return process.env.CRM_TEST_DB === "postgres" ? "postgres" : "sqlite";
}

/** A fresh, migrated database: a copy of the template migrated once by the global setup. */
export async function createTestDb(options: { hotStatements?: boolean } = {}): Promise<TestDb> {
  return testDialect() === "postgres" ? createPgTestDb(options) : createSqliteTestDb(options);
}

async function createSqliteTestDb(options: { hotStatements?: boolean }): Promise<TestDb> {
  const template = process.env.CRM_TEST_TEMPLATE_DB;
  if (!template) throw new Error("CRM_TEST_TEMPLATE_DB is not set: run the tests through vitest (test/global-setup.ts)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-db-"));
  const file = path.join(dir, "crm.db");
  fs.copyFileSync(template, file);
  const db = await openDatabase(file, options);
  return {
    db,
    url: `file:${file}`,
    dialect: "sqlite",
    file,
    async close() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPgTestDb(options: { hotStatements?: boolean }): Promise<TestDb> {
  const template = process.env.CRM_TEST_PG_TEMPLATE;
  const prefix = process.env.CRM_TEST_PG_PREFIX;
  if (!template || !prefix) throw new Error("CRM_TEST_PG_TEMPLATE is not set: run the tests through vitest (test/global-setup-pg.ts)");
  const lease = await acquirePgDatabase(pgServerUrl(), template, prefix);
  const db = await openDatabase(lease.url, options);
  return {
    db,
    url: lease.url,
    dialect: "postgres",
    file: "",
    async close() {
      await db.$disconnect();
      lease.release();
    },
  };
}
