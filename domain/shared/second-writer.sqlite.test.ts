import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.js";

let t: TestDb | undefined;
let worker: Worker | undefined;
afterEach(async () => {
  await worker?.terminate();
  worker = undefined;
  await t?.close();
  t = undefined;
});

/**
 * Another connection to the same file writing all the time, as the CLI or a backup would: its own
 * thread, its own busy timeout, a short write transaction every millisecond.
 */
const SECOND_WRITER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { timeout: 5000 });
db.exec("CREATE TABLE IF NOT EXISTS second_writer (n INTEGER)");
const insert = db.prepare("INSERT INTO second_writer (n) VALUES (?)");
let n = 0;
let stop = false;
parentPort.on("message", () => (stop = true));
parentPort.postMessage("ready");
(function loop() {
  if (stop) { db.close(); parentPort.postMessage(n); return; }
  db.transaction(() => insert.run(n++))();
  setTimeout(loop, 1);
})();
`;

describe("a second SQLite writer (issue 16: SQLITE_BUSY_SNAPSHOT)", () => {
  it("transactions that read before they write all commit while another connection writes", async () => {
    t = await createTestDb();
    const db = t.db;
    worker = new Worker(SECOND_WRITER, { eval: true, workerData: { file: t.file } });
    const messages: unknown[] = [];
    worker.on("message", (m) => messages.push(m));
    await new Promise<void>((resolve) => worker!.once("message", () => resolve()));

    const failures: unknown[] = [];
    for (let batch = 0; batch < 20; batch++) {
      const runs = Array.from({ length: 10 }, (_, i) =>
        db
          .$transaction(async (tx) => {
            // Read first: a deferred BEGIN takes a snapshot here that the other writer then outdates.
            const n = await tx.processedEvent.count();
            await new Promise((resolve) => setImmediate(resolve));
            await tx.processedEvent.create({ data: { platform: "test", eventId: `b${batch}-${i}-${n}`, status: "received" } });
          })
          .catch((error: unknown) => failures.push(error)),
      );
      await Promise.all(runs);
    }
    worker.postMessage("stop");
    await new Promise<void>((resolve) => worker!.once("message", () => resolve()));
    expect(failures.map((e) => (e instanceof Error ? e.message.split("\n").slice(-2).join(" ") : String(e))).slice(0, 3)).toEqual([]);
    expect(await db.processedEvent.count()).toBe(200);
  }, 60_000);
});

describe("one SQLite connection", () => {
  it("transactions still run one after the other and each sees the other's committed rows", async () => {
    t = await createTestDb();
    const db = t.db;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(async (tx) => {
          const n = await tx.processedEvent.count();
          await tx.processedEvent.create({ data: { platform: "test", eventId: `e${n}`, status: "received" } });
          return i;
        }),
      ),
    );
    // Interleaved transactions on one connection would read the same count and collide on the unique key.
    expect(await db.processedEvent.count()).toBe(20);
  });
});
