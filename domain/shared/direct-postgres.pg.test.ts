import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught } from "../../test/caught.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { directSqlOf } from "./direct-sql.js";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.close();
});

describe("hot statements on PostgreSQL, connection lost", () => {
  it("a backend ended in the middle of a transaction fails that call only; the process and the next calls go on", async () => {
    const direct = directSqlOf(t.db)!;
    expect(direct).not.toBeNull();
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    try {
      const error = await caught(
        direct.write(async (sql) => {
          const { pid } = (await sql.get("SELECT pg_backend_pid() AS pid")) as { pid: number };
          await admin.query("SELECT pg_terminate_backend($1)", [pid]);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return sql.get("SELECT 1 AS one");
        }),
      );
      expect(error).toBeDefined();
      expect(await direct.read((sql) => sql.get("SELECT 1 AS one"))).toEqual({ one: 1 });
      expect(await direct.write((sql) => sql.get("SELECT 2 AS two"))).toEqual({ two: 2 });
    } finally {
      await admin.end();
    }
  });
});
