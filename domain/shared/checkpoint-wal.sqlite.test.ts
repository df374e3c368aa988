import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { checkpointWal, type Db, openDatabase } from "./db.js";

let dir = "";
let db: Db | undefined;
afterEach(async () => {
  await db?.$disconnect();
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A migrated SQLite file in WAL mode whose commits leave their pages in the log (no checkpoint on commit, no timer). */
async function walDatabase(): Promise<{ db: Db; file: string }> {
  const template = process.env.CRM_TEST_TEMPLATE_DB;
  if (!template) throw new Error("CRM_TEST_TEMPLATE_DB is not set: run the tests through vitest (test/global-setup.ts)");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-wal-"));
  const file = path.join(dir, "crm.db");
  fs.copyFileSync(template, file);
  db = await openDatabase(file, { checkpointEveryMs: 0 });
  return { db, file };
}

/** What the database file alone holds: a copy without its write-ahead log. */
function eventsInFileAlone(file: string): string[] {
  const copy = path.join(dir, "alone.db");
  fs.copyFileSync(file, copy);
  const alone = new Database(copy, { readonly: true });
  try {
    return (alone.prepare(`SELECT "eventId" FROM "ProcessedEvent" ORDER BY "eventId"`).all() as { eventId: string }[]).map((r) => r.eventId);
  } finally {
    alone.close();
  }
}

describe("checkpointWal (the once-a-second copy of SQLite's log into the database)", () => {
  it("copies committed rows into the database file, after writing the log out first", async () => {
    const { db, file } = await walDatabase();
    await db.processedEvent.create({ data: { platform: "test", eventId: "e1", status: "received" } });
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(eventsInFileAlone(file)).toEqual([]);

    await checkpointWal(db, { walFile: `${file}-wal`, stillOpen: () => true });

    expect(eventsInFileAlone(file)).toEqual(["e1"]);
  });

  it("checkpoints when there is no log file to write out", async () => {
    const { db, file } = await walDatabase();
    await db.processedEvent.create({ data: { platform: "test", eventId: "e2", status: "received" } });
    await checkpointWal(db, { walFile: path.join(dir, "no-such-file-wal") });
    expect(eventsInFileAlone(file)).toEqual(["e2"]);
  });

  it("runs no query once the client has closed while the log was written out", async () => {
    const { db, file } = await walDatabase();
    await db.processedEvent.create({ data: { platform: "test", eventId: "e3", status: "received" } });
    await checkpointWal(db, { walFile: `${file}-wal`, stillOpen: () => false });
    expect(eventsInFileAlone(file)).toEqual([]);
  });
});
