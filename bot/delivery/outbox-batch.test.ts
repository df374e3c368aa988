import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutboxStore } from "../../domain/outbox/outbox-store.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import type { Reply } from "../types.js";
import { type ChannelSender, DeliveryError, type DeliveryTarget } from "./channel-sender.js";
import { enqueueOutbound } from "./outbox.js";
import { OutboxWorker } from "./outbox-worker.js";

/** A platform that records every message it gets and refuses on demand. */
class RecordingPlatform implements ChannelSender {
  readonly platform = "fake";
  readonly capabilities = { updateInPlace: false };
  sent: { conversationId: string; reply: Reply }[] = [];
  failures: DeliveryError[] = [];
  async send(target: DeliveryTarget, reply: Reply) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ conversationId: target.conversationId, reply });
    return { messageRef: `ref-${this.sent.length}` };
  }
}

const BATCH = { key: "team-alerts", title: "🔔 Team alerts" };

describe("OutboxWorker: a burst of one batch goes as one message", () => {
  let t: TestDb;
  let platform: RecordingPlatform;
  const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
  let worker: OutboxWorker;
  const alert = (conversationId: string, deal: string) =>
    enqueueOutbound(
      t.db,
      {
        platform: "fake",
        target: { conversationId, kind: "group" },
        reply: { card: { title: `Stale: ${deal}`, blocks: [{ type: "fields", fields: [{ label: "Amount", value: "¥200,000" }] }] }, batch: BATCH },
      },
      clock.now(),
    );
  const plain = (conversationId: string, text: string) =>
    enqueueOutbound(t.db, { platform: "fake", target: { conversationId, kind: "group" }, reply: { text } }, clock.now());
  const titles = () => platform.sent.map((s) => s.reply.card?.title ?? s.reply.text);

  beforeEach(async () => {
    t = await createTestDb();
    platform = new RecordingPlatform();
    worker = new OutboxWorker(new OutboxStore(t.db, clock), new Map([["fake", platform]]), clock);
  });
  afterEach(() => t.close());

  it("merges the run of alerts for one chat, keeps order with other messages, and leaves a small run alone", async () => {
    for (const deal of ["A", "B", "C", "D", "E"]) await alert("team", deal);
    await plain("team", "after the alerts");
    await alert("other", "X");
    await alert("other", "Y");
    expect(await worker.drain()).toBe(8);
    expect(platform.sent.filter((s) => s.conversationId === "team").map((s) => s.reply.card?.title ?? s.reply.text)).toEqual([
      "🔔 Team alerts (5)",
      "after the alerts",
    ]);
    const merged = JSON.stringify(platform.sent.find((s) => s.conversationId === "team")!.reply);
    for (const deal of ["A", "B", "C", "D", "E"]) expect(merged).toContain(`Stale: ${deal}`);
    expect(merged).toContain("Amount: ¥200,000");
    // Two are not a burst: each is its own card.
    expect(platform.sent.filter((s) => s.conversationId === "other").map((s) => s.reply.card?.title)).toEqual(["Stale: X", "Stale: Y"]);
    expect(await t.db.outboxMessage.count({ where: { status: "sent" } })).toBe(8);
  });

  it("never merges across a message of another kind, and puts at most 20 in one", async () => {
    for (let i = 0; i < 25; i++) await alert("team", `D${i}`);
    await plain("team", "between");
    for (const deal of ["P", "Q", "R"]) await alert("team", deal);
    await worker.drain();
    expect(titles()).toEqual(["🔔 Team alerts (20)", "🔔 Team alerts (5)", "between", "🔔 Team alerts (3)"]);
  });

  it("keeps every alert through a rate limit and sends them as one post when the platform lets it", async () => {
    for (const deal of ["A", "B", "C", "D"]) await alert("team", deal);
    platform.failures.push(new DeliveryError("RATE_LIMITED", "robot: 20 a minute", 60_000));
    await worker.drain();
    expect(platform.sent).toHaveLength(0);
    expect(await t.db.outboxMessage.count({ where: { status: "pending", attempts: 1 } })).toBe(4);
    clock.advance(61_000);
    await worker.drain();
    expect(titles()).toEqual(["🔔 Team alerts (4)"]);
    expect(await t.db.outboxMessage.count({ where: { status: "sent" } })).toBe(4);
  });
});
