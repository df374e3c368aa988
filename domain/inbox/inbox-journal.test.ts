import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb, testDialect } from "../../test/test-db.js";
import { CrossThreadWriteLock } from "../shared/cross-thread-write-lock.js";
import type { InboxJournal } from "./inbox-journal.js";
import { openInboxJournal } from "./open-inbox-journal.js";

describe("inbox journal (the acknowledgement path's own connection)", () => {
  let t: TestDb;
  let journal: InboxJournal | null = null;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await journal?.close();
    journal = null;
    await t.close();
  });
  const target = () => t.file || t.url;
  const at = new Date("2026-12-02T08:30:15.250Z");

  it("records an event as a 'received' row the rest of the CRM reads like its own", async () => {
    journal = openInboxJournal(target());
    expect(await journal!.record({ platform: "slack", eventId: "event:Ev1", payload: '{"x":1}', at })).toBe("recorded");
    const row = await t.db.processedEvent.findUniqueOrThrow({ where: { platform_eventId: { platform: "slack", eventId: "event:Ev1" } } });
    expect(row).toMatchObject({ status: "received", payload: '{"x":1}', attempts: 1, processedAt: null });
    expect(row.receivedAt.toISOString()).toBe(at.toISOString());
    expect(row.claimedAt?.toISOString()).toBe(at.toISOString());
    // The main connection can move it on as before.
    await t.db.processedEvent.update({ where: { id: row.id }, data: { status: "processed" } });
  });

  it("a redelivery of the same event changes nothing", async () => {
    journal = openInboxJournal(target());
    await journal!.record({ platform: "slack", eventId: "event:Ev2", payload: "first", at });
    expect(await journal!.record({ platform: "slack", eventId: "event:Ev2", payload: "second", at })).toBe("exists");
    expect(await journal!.record({ platform: "wecom", eventId: "event:Ev2", payload: "other platform", at })).toBe("recorded");
    const rows = await t.db.processedEvent.findMany({ orderBy: { platform: "asc" } });
    expect(rows.map((r) => [r.platform, r.payload])).toEqual([
      ["slack", "first"],
      ["wecom", "other platform"],
    ]);
  });

  it.runIf(testDialect() === "sqlite")("on SQLite, answers 'unavailable' instead of waiting long for a writer on another thread", async () => {
    const lock = new CrossThreadWriteLock();
    journal = openInboxJournal(target(), { writeLock: lock });
    const release = await lock.acquire();
    expect(await journal!.record({ platform: "slack", eventId: "event:Ev3", payload: "{}", at })).toBe("unavailable");
    release();
    expect(await journal!.record({ platform: "slack", eventId: "event:Ev3", payload: "{}", at })).toBe("recorded");
  });
});
