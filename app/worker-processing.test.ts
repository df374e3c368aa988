import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { InboundEvent } from "../bot/types.js";
import { startTestApp, type TestApp } from "../test/test-app.js";
import { testDialect } from "../test/test-db.js";
import { NO_LIMITS_ENV } from "../test/no-limits-env.js";

/** Sums up the state of the file from a connection of its own, synchronously (no event loop needed). */
function countActivities(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM Activity").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("CRM_PROCESSING=worker: recorded events are worked on in a worker thread", () => {
  let app: TestApp | undefined;
  let filesDir = "";
  afterEach(async () => {
    await app?.close();
    app = undefined;
    if (filesDir) fs.rmSync(filesDir, { recursive: true, force: true });
  });

  const start = async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-worker-files-"));
    app = await startTestApp({
      outboxPollMs: 0,
      filesDir,
      env: { ...NO_LIMITS_ENV, CRM_PROCESSING: "worker", CRM_DATA_KEY: randomBytes(32).toString("base64"), CRM_SCHEDULER: "off" },
    });
    return app;
  };
  const message = (eventId: string, text: string): InboundEvent & { eventId: string } => ({
    type: "message",
    channel: "local",
    eventId,
    user: { platformUserId: "rep1", displayName: "Rep One", locale: "en" },
    conversation: { id: "dm:rep1", kind: "direct" },
    text,
  });
  const target = { conversationId: "dm:rep1", kind: "direct" as const };

  it("logs what the chat said, in the order it was said, and queues the replies for the main thread to deliver", async () => {
    const { app: crm, t } = await start();
    expect(await crm.inbox.receive(message("w-1", "company add Acme Corp"), target)).toBe("accepted");
    for (let i = 2; i <= 6; i++) expect(await crm.inbox.receive(message(`w-${i}`, `log called Acme Corp about order ${i}`), target)).toBe("accepted");
    expect(await crm.inbox.receive(message("w-3", "log called Acme Corp about order 3"), target)).toBe("duplicate");

    if (testDialect() === "sqlite") {
      // This thread now blocks: only another thread can do the work while it waits.
      const deadline = Date.now() + 30_000;
      while (countActivities(t.file) < 5 && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      expect(countActivities(t.file)).toBe(5);
    }
    await crm.inbox.idle();

    const activities = await t.db.activity.findMany({ orderBy: { createdAt: "asc" }, include: { company: true } });
    expect(activities.map((a) => a.company?.name)).toEqual(Array(5).fill("Acme Corp"));
    const events = await t.db.processedEvent.findMany({ where: { platform: "local" } });
    expect(events.map((e) => e.status).sort()).toEqual(Array(6).fill("processed"));
    const replies = await t.db.outboxMessage.findMany({ where: { platform: "local" } });
    expect(replies.length).toBeGreaterThanOrEqual(6);
  });

  it("refuses settings the worker cannot share (a test clock)", async () => {
    await expect(
      startTestApp({ clock: { now: () => new Date() }, env: { CRM_PROCESSING: "worker", CRM_DATA_KEY: randomBytes(32).toString("base64") } }),
    ).rejects.toThrow(/CRM_PROCESSING=worker/);
  });
});
