import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDomain, type Domain } from "../../domain/index.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { Bot } from "../bot.js";
import { Inbox } from "../inbox.js";
import { Notifier } from "../delivery/notifier.js";
import { claimEvent } from "../../domain/inbox/event-ledger.js";
import { deliveryRetentionFromEnv } from "./delivery-retention.js";
import { AutomationScheduler } from "./scheduler.js";

// 03:40 in Shanghai, the default minute of the retention job.
const NOW = new Date("2026-11-25T19:40:00Z");
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
const target = { conversationId: "dm-u1", kind: "direct" as const };
const stored = (eventId: string, text: string) =>
  JSON.stringify({
    event: {
      type: "message",
      eventId,
      channel: "fake",
      user: { platformUserId: "u1", displayName: "Li" },
      conversation: { id: "dm-u1", kind: "direct" },
      text,
    },
    target,
  });

let t: TestDb;
let domain: Domain;
const clock = fixedClock(NOW);
beforeEach(async () => {
  t = await createTestDb();
  clock.set(NOW);
  domain = createDomain(t.db, clock);
  const inbound = (eventId: string, status: string, at: Date) =>
    t.db.processedEvent.create({
      data: {
        platform: "fake",
        eventId,
        status,
        receivedAt: at,
        processedAt: status === "received" ? null : at,
        payload: stored(eventId, `text of ${eventId}`),
      },
    });
  await inbound("done-recent", "processed", daysAgo(1));
  await inbound("done-10d", "processed", daysAgo(10));
  await inbound("failed-10d", "failed", daysAgo(10));
  await inbound("done-40d", "processed", daysAgo(40));
  await inbound("pending-40d", "received", daysAgo(40));
  const outbound = (id: string, status: string, at: Date) =>
    t.db.outboxMessage.create({
      data: {
        id,
        platform: "fake",
        conversationId: "dm-u1",
        status,
        createdAt: at,
        nextAttemptAt: at,
        payload: JSON.stringify({ target, reply: { text: `message ${id}` } }),
      },
    });
  await outbound("sent-recent", "sent", daysAgo(1));
  await outbound("sent-10d", "sent", daysAgo(10));
  await outbound("failed-10d", "failed", daysAgo(10));
  await outbound("sent-40d", "sent", daysAgo(40));
  await outbound("pending-40d", "pending", daysAgo(40));
  await outbound("sending-40d", "sending", daysAgo(40));
});
afterEach(() => t.close());

const inboxPayload = async (eventId: string) => (await t.db.processedEvent.findUnique({ where: { platform_eventId: { platform: "fake", eventId } } }))?.payload;
const outboxPayload = async (id: string) => (await t.db.outboxMessage.findUnique({ where: { id } }))?.payload;

describe("delivery log retention (issue 13 item 11)", () => {
  it("drops payloads of finished rows after 7 days and their rows after 30, never touching unfinished ones", async () => {
    const result = await domain.deliveryRetention.prune();
    expect(result).toEqual({ inboxPayloadsDropped: 2, inboxKeysDeleted: 1, outboxPayloadsDropped: 2, outboxRowsDeleted: 1 });
    expect(await inboxPayload("done-recent")).toContain("text of done-recent");
    expect(await inboxPayload("done-10d")).toBeNull();
    expect(await inboxPayload("failed-10d")).toBeNull();
    expect(await t.db.processedEvent.count({ where: { eventId: "done-40d" } })).toBe(0);
    expect(await inboxPayload("pending-40d")).toContain("text of pending-40d");
    expect(await outboxPayload("sent-recent")).toContain("message sent-recent");
    expect(await outboxPayload("sent-10d")).toBe("{}");
    expect(await outboxPayload("failed-10d")).toBe("{}");
    expect(await outboxPayload("sent-40d")).toBeUndefined();
    expect(await outboxPayload("pending-40d")).toContain("message pending-40d");
    expect(await outboxPayload("sending-40d")).toContain("message sending-40d");
  });

  it("keeps the dedupe key: a replayed old event is still a duplicate, and the inbox still resumes the unfinished one", async () => {
    await domain.deliveryRetention.prune();
    expect(await claimEvent(t.db, "fake", "done-10d", { now: NOW })).toBe("duplicate");
    const inbox = new Inbox(domain.events, new Bot(domain), clock);
    expect(await inbox.receive({ ...JSON.parse(stored("done-10d", "again")).event, eventId: "done-10d" }, target)).toBe("duplicate");
    expect(await inbox.resume()).toBe(1);
    await inbox.idle();
    expect((await t.db.processedEvent.findUniqueOrThrow({ where: { platform_eventId: { platform: "fake", eventId: "pending-40d" } } })).status).toBe(
      "processed",
    );
  });

  it("runs on the scheduler at its minute (03:40 in the default zone) with the policy from the environment", async () => {
    const policy = deliveryRetentionFromEnv({ CRM_PAYLOAD_RETENTION_DAYS: "5", CRM_DEDUPE_RETENTION_DAYS: "9" });
    const scheduler = new AutomationScheduler({ domain, notifier: new Notifier([]) }, clock, { retention: { policy } });
    await scheduler.tick(new Date(NOW.getTime() - 60_000));
    expect(await inboxPayload("done-10d")).not.toBeNull();
    await scheduler.tick(NOW);
    expect(await t.db.processedEvent.count({ where: { eventId: "done-10d" } })).toBe(0);
    expect(await inboxPayload("pending-40d")).not.toBeNull();
    // A clock moved on: what was recent ages out too.
    clock.advance(5 * DAY);
    expect((await scheduler.runRetention()).inboxPayloadsDropped).toBe(1);
    await scheduler.stop();
  });

  it("refuses a policy that would forget dedupe keys before payloads, or keys younger than a day", () => {
    expect(deliveryRetentionFromEnv({})).toEqual({ payloadDays: 7, keyDays: 30 });
    expect(() => deliveryRetentionFromEnv({ CRM_PAYLOAD_RETENTION_DAYS: "10", CRM_DEDUPE_RETENTION_DAYS: "5" })).toThrow(/CRM_DEDUPE_RETENTION_DAYS/);
    expect(() => deliveryRetentionFromEnv({ CRM_PAYLOAD_RETENTION_DAYS: "0" })).toThrow(/CRM_PAYLOAD_RETENTION_DAYS/);
  });
});
