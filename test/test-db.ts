import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../domain/shared/db.js";

export interface TestDb {
  db: Db;
  file: string;
  close(): Promise<void>;
}

/** A fresh, migrated SQLite database in a temporary file (a copy of the migrated template). */
export async function createTestDb(): Promise<TestDb> {
  const template = process.env.CRM_TEST_TEMPLATE_DB;
  if (!template) throw new Error("CRM_TEST_TEMPLATE_DB is not set: run the tests through vitest (test/global-setup.ts)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-db-"));
  const file = path.join(dir, "crm.db");
  fs.copyFileSync(template, file);
  const db = await openDatabase(file);
  return {
    db,
    file,
    async close() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
