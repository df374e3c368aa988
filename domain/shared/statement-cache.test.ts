import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheStatements } from "./statement-cache.js";

let db: Database.Database;
beforeEach(() => {
  db = new Database(":memory:");
  db.defaultSafeIntegers(true);
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)`);
});
afterEach(() => db.close());

/** The driver's way of running a query: prepare(sql).bind(args), then run() or columns() + raw().all(). */
function driverQuery(sql: string, args: unknown[]) {
  const statement = db.prepare(sql).bind(args);
  if (!statement.reader) return statement.run();
  return { columns: statement.columns().map((c) => c.name), rows: statement.raw().all() };
}

describe("cached statements", () => {
  it("compile each SQL once and run with the arguments of each call, as the driver expects", () => {
    const prepared = cacheStatements(db);
    driverQuery(`INSERT INTO t (name) VALUES (?)`, ["a"]);
    driverQuery(`INSERT INTO t (name) VALUES (?)`, ["b"]);
    expect(driverQuery(`SELECT id, name FROM t WHERE name = ?`, ["b"])).toEqual({ columns: ["id", "name"], rows: [[2n, "b"]] });
    expect(driverQuery(`SELECT id, name FROM t WHERE name = ?`, ["a"])).toEqual({ columns: ["id", "name"], rows: [[1n, "a"]] });
    expect(prepared(`SELECT id, name FROM t WHERE name = ?`)).toBe(prepared(`SELECT id, name FROM t WHERE name = ?`));
    db.prepare("BEGIN").run();
    driverQuery(`INSERT INTO t (name) VALUES (?)`, ["c"]);
    db.prepare("ROLLBACK").run();
    expect(driverQuery(`SELECT count(*) AS n FROM t`, [])).toEqual({ columns: ["n"], rows: [[2n]] });
  });

  it("keep at most 1000 statements, dropping the least recently used", () => {
    const prepared = cacheStatements(db);
    const first = prepared(`SELECT 0 FROM t`);
    const kept = prepared(`SELECT 1 FROM t`);
    for (let i = 2; i <= 1000; i++) {
      prepared(`SELECT ${i} FROM t`);
      if (i % 100 === 0) prepared(`SELECT 1 FROM t`);
    }
    expect(prepared(`SELECT 1 FROM t`)).toBe(kept);
    expect(prepared(`SELECT 0 FROM t`)).not.toBe(first);
  });
});
