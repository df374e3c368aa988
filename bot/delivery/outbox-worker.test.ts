import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import type { Reply } from "../types.js";
import { type ChannelSender, DeliveryError, type DeliveryTarget } from "./channel-sender.js";
import { enqueueCardUpdates, enqueueOutbound } from "./outbox.js";
import { OutboxWorker } from "./outbox-worker.js";
import { OutboxStore } from "../../domain/outbox/outbox-store.js";

/** A platform that records what it got and fails on demand, as a flaky chat API would. */
class RecordingPlatform implements ChannelSender {
  readonly platform = "fake";
  readonly capabilities = { updateInPlace: true };
  sent: { conversationId: string; text: string | undefined }[] = [];
  updated: { ref: string; text: string | undefined }[] = [];
  failures: DeliveryError[] = [];
  /** failures for one chat only: chats are worked on side by side, so "the next send" may be any chat's */
  failuresIn = new Map<string, DeliveryError[]>();
  async send(target: DeliveryTarget, reply: Reply) {
    const failure = this.failuresIn.get(target.conversationId)?.shift() ?? this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ conversationId: target.conversationId, text: reply.text });
    return { messageRef: `ref-${this.sent.length}` };
  }
  async update(_target: DeliveryTarget, ref: string, reply: Reply) {
    this.updated.push({ ref, text: reply.text });
  }
}

describe("OutboxWorker", () => {
  let t: TestDb;
  let platform: RecordingPlatform;
  const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
  let worker: OutboxWorker;
  const queue = (conversationId: string, text: string, extra: object = {}) =>
    enqueueOutbound(t.db, { platform: "fake", target: { conversationId, kind: "group" }, reply: { text }, ...extra }, clock.now());

  beforeEach(async () => {
    t = await createTestDb();
    platform = new RecordingPlatform();
    worker = new OutboxWorker(new OutboxStore(t.db, clock), new Map([["fake", platform]]), clock);
  });
  afterEach(() => t.close());

  it("delivers queued messages in order and marks them sent", async () => {
    await queue("c1", "one");
    await queue("c1", "two");
    await queue("c2", "other chat");
    expect(await worker.drain()).toBe(3);
    expect(platform.sent.filter((s) => s.conversationId === "c1").map((s) => s.text)).toEqual(["one", "two"]);
    expect(await t.db.outboxMessage.count({ where: { status: "sent" } })).toBe(3);
    expect(await worker.drain()).toBe(0);
  });

  it("honours Retry-After on 429 and keeps later messages of the same chat waiting behind it", async () => {
    await queue("c1", "first");
    await queue("c1", "second");
    await queue("c2", "unaffected");
    platform.failuresIn.set("c1", [new DeliveryError("RATE_LIMITED", "429", 30_000)]);
    await worker.drain();
    expect(platform.sent.map((s) => s.text)).toEqual(["unaffected"]);
    clock.advance(29_000);
    await worker.drain();
    expect(platform.sent).toHaveLength(1);
    clock.advance(2_000);
    await worker.drain();
    expect(platform.sent.map((s) => s.text)).toEqual(["unaffected", "first", "second"]);
  });

  it("gives up on a rejected payload without blocking the chat", async () => {
    await queue("c1", "bad");
    await queue("c1", "good");
    platform.failures.push(new DeliveryError("PAYLOAD_REJECTED", "invalid_blocks"));
    await worker.drain();
    expect(platform.sent.map((s) => s.text)).toEqual(["good"]);
    const failed = await t.db.outboxMessage.findFirstOrThrow({ where: { status: "failed" } });
    expect(failed.lastError).toContain("PAYLOAD_REJECTED");
  });

  it("remembers posted cards and updates each of them in place", async () => {
    await queue("c1", "approval card", { cardFor: { entityType: "quote", entityId: "q1" } });
    await queue("c2", "approval card", { cardFor: { entityType: "quote", entityId: "q1" } });
    await worker.drain();
    expect(await enqueueCardUpdates(t.db, { entityType: "quote", entityId: "q1" }, { text: "approved" }, clock.now())).toBe(2);
    await worker.drain();
    expect(platform.updated.map((u) => u.ref).sort()).toEqual(["ref-1", "ref-2"]);
  });

  it("leaves messages for a platform that is not configured untouched", async () => {
    await enqueueOutbound(t.db, { platform: "slack", target: { conversationId: "C1", kind: "group" }, reply: { text: "x" } }, clock.now());
    expect(await worker.drain()).toBe(0);
    expect((await t.db.outboxMessage.findFirstOrThrow()).status).toBe("pending");
  });
});
