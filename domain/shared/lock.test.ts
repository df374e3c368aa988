import { afterEach, beforeEach, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { type Db, dialectOf, openDatabase } from "./db.js";
import { tryAdvisoryLock, withAdvisoryLock } from "./lock.js";

let t: TestDb;
let second: Db;

beforeEach(async () => {
  t = await createTestDb();
  // A second client = a second instance's connection pool.
  second = await openDatabase(t.dialect === "postgres" ? t.url : t.file);
});
afterEach(async () => {
  await second.$disconnect();
  await t.close();
});

/** Resolves once the second holder is queued behind the first (PostgreSQL shows it in pg_locks). */
async function waitUntilBlocked(db: Db): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (dialectOf(db) === "postgres") {
      const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
      if (row && row.n > 0n) return;
    } else if (i > 20) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error("the second holder never queued for the lock");
}

it("lets one holder of a key run at a time, across two clients of one database", async () => {
  const log: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let entered!: () => void;
  const firstIn = new Promise<void>((resolve) => (entered = resolve));

  const first = withAdvisoryLock(t.db, "digest:team-1:2026-11-25", async (tx) => {
    log.push("first in");
    entered();
    await gate;
    await tx.team.create({ data: { name: "North" } });
    log.push("first out");
  });
  await firstIn;
  expect(await tryAdvisoryLock(second, "digest:team-1:2026-11-25", async () => log.push("try ran"))).toEqual({ ran: false });
  const other = withAdvisoryLock(second, "digest:team-1:2026-11-25", async (tx) => {
    log.push(`second in, sees ${await tx.team.count()} team`);
  });
  await waitUntilBlocked(t.db);
  open();
  await Promise.all([first, other]);
  expect(log).toEqual(["first in", "first out", "second in, sees 1 team"]);
  // Another key is independent, and a released key can be taken again.
  expect(await tryAdvisoryLock(second, "digest:team-1:2026-11-25", async () => "again")).toEqual({ ran: true, value: "again" });
});

it("releases the lock when the work throws, rolling its writes back", async () => {
  await expect(
    withAdvisoryLock(t.db, "sweep", async (tx) => {
      await tx.team.create({ data: { name: "Gone" } });
      throw new Error("boom");
    }),
  ).rejects.toThrow("boom");
  expect(await t.db.team.count()).toBe(0);
  expect(await tryAdvisoryLock(second, "sweep", async () => 1)).toEqual({ ran: true, value: 1 });
});
