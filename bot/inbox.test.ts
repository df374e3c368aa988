import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDomain } from "../domain/index.js";
import { fixedClock } from "../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../test/test-db.js";
import { Bot } from "./bot.js";
import { AckFirst } from "./delivery/ack-first.js";
import { InProcessProcessor } from "./delivery/in-process-processor.js";
import { Inbox } from "./inbox.js";

describe("Inbox", () => {
  let t: TestDb;
  const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
  let kicks = 0;
  const newInbox = () => {
    const domain = createDomain(t.db, clock);
    return new Inbox(domain.events, new Bot(domain), clock, { onReplies: () => kicks++ });
  };
  const event = (eventId: string, text: string) => ({
    type: "message" as const,
    eventId,
    channel: "fake",
    user: { platformUserId: "u1", displayName: "Li" },
    conversation: { id: "dm-u1", kind: "direct" as const },
    text,
  });

  beforeEach(async () => {
    t = await createTestDb();
    kicks = 0;
  });
  afterEach(() => t.close());

  it("records an event once, processes it, and queues the replies for the chat it came from", async () => {
    const inbox = newInbox();
    expect(await inbox.receive(event("e1", "company new Acme"), { conversationId: "dm-u1", kind: "direct" })).toBe("accepted");
    expect(await inbox.receive(event("e1", "company new Acme"), { conversationId: "dm-u1", kind: "direct" })).toBe("duplicate");
    await inbox.idle();
    expect(await t.db.company.count()).toBe(1);
    const row = await t.db.processedEvent.findFirstOrThrow();
    expect(row.status).toBe("processed");
    const outbox = await t.db.outboxMessage.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.platform).toBe("fake");
    expect(kicks).toBe(1);
  });

  it("resumes events recorded before a stop that were never processed", async () => {
    await t.db.processedEvent.create({
      data: {
        platform: "fake",
        eventId: "e2",
        status: "received",
        payload: JSON.stringify({ event: event("e2", "company new Globex"), target: { conversationId: "dm-u1", kind: "direct" } }),
      },
    });
    const inbox = newInbox();
    expect(await inbox.resume()).toBe(1);
    await inbox.idle();
    expect(await t.db.company.findFirst({ where: { name: "Globex" } })).not.toBeNull();
    expect((await t.db.processedEvent.findFirstOrThrow()).status).toBe("processed");
  });

  it("two instances resuming at once take each unfinished event once", async () => {
    await t.db.processedEvent.create({
      data: {
        platform: "fake",
        eventId: "e3",
        status: "received",
        receivedAt: new Date("2026-11-25T01:00:00Z"),
        payload: JSON.stringify({ event: event("e3", "company new Initech"), target: { conversationId: "dm-u1", kind: "direct" } }),
      },
    });
    const [a, b] = [newInbox(), newInbox()];
    // Too recent for a shared-database resume: left to the instance that received it.
    expect(await a.resume({ olderThanMs: 2 * 60 * 60_000 })).toBe(0);
    const taken = await Promise.all([a.resume({ olderThanMs: 60_000 }), b.resume({ olderThanMs: 60_000 })]);
    expect(taken.sort()).toEqual([0, 1]);
    await Promise.all([a.idle(), b.idle()]);
    expect(await t.db.company.count({ where: { name: "Initech" } })).toBe(1);
    expect(await t.db.outboxMessage.count()).toBe(1);
  });

  it("tells a sender over the rate limit that the message was not saved, instead of dropping it silently", async () => {
    const domain = createDomain(t.db, clock);
    const bot = new Bot(domain, undefined, { rateLimit: { burst: 1, perMinute: 1 } });
    const inbox = new Inbox(domain.events, bot, clock, { onReplies: () => kicks++ });
    const target = { conversationId: "dm-u1", kind: "direct" as const };
    expect(await inbox.receive(event("r1", "company new Acme"), target)).toBe("accepted");
    expect(await inbox.receive(event("r2", "company new Globex"), target)).toBe("accepted");
    await inbox.idle();
    expect((await t.db.company.findMany()).map((c) => c.name)).toEqual(["Acme"]);
    const texts = (await t.db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } })).map(
      (m) => (JSON.parse(m.payload) as { reply: { text?: string } }).reply.text ?? "",
    );
    expect(texts.some((text) => /没有保存|not saved/i.test(text))).toBe(true);
    expect((await t.db.processedEvent.findUniqueOrThrow({ where: { platform_eventId: { platform: "fake", eventId: "r2" } } })).status).toBe("processed");
  });

  it("answers 'not saved' to new people over the provisioning cap, and creates no user for them", async () => {
    const domain = createDomain(t.db, clock);
    const bot = new Bot(domain, undefined, { limits: { newUsersPerSource: { burst: 2, perMinute: 1 } } });
    const inbox = new Inbox(domain.events, bot, clock, { onReplies: () => kicks++ });
    for (const n of [1, 2, 3, 4, 5]) {
      const e = {
        ...event(`n${n}`, "help"),
        user: { platformUserId: `new-${n}`, displayName: `New ${n}`, locale: "en" as const },
        conversation: { id: `dm-new-${n}`, kind: "direct" as const },
      };
      expect(await inbox.receive(e, { conversationId: e.conversation.id, kind: "direct" })).toBe("accepted");
    }
    await inbox.idle();
    expect(await t.db.user.count()).toBe(2);
    expect(await t.db.channelIdentity.count()).toBe(2);
    const texts = (await t.db.outboxMessage.findMany()).map((m) => (JSON.parse(m.payload) as { reply: { text?: string } }).reply.text ?? "");
    expect(texts.filter((text) => /not saved/i.test(text))).toHaveLength(3);
    // A person already known is not held back by the cap. Chats run side by side, so which two got in varies.
    const admitted = (await t.db.channelIdentity.findFirstOrThrow()).platformUserId;
    const chat = `dm-${admitted}`;
    const known = { ...event("n6", "help"), user: { platformUserId: admitted, displayName: "Known" }, conversation: { id: chat, kind: "direct" as const } };
    await inbox.receive(known, { conversationId: chat, kind: "direct" });
    await inbox.idle();
    const after = (await t.db.outboxMessage.findMany({ where: { conversationId: chat } })).map((m) => m.payload);
    expect(after).toHaveLength(2);
    expect(after.filter((payload) => /not saved|没有保存/.test(payload))).toHaveLength(0);
  });

  it("acknowledges a burst before working on any of it, then works on the backlog in the pause", async () => {
    const domain = createDomain(t.db, clock);
    const bot = new Bot(domain);
    let now = 0;
    const ackFirst = new AckFirst({ quietMs: 10, maxWaitMs: 60_000, now: () => now });
    const processor = new InProcessProcessor(domain.events, bot, () => kicks++, { error: () => {} }, ackFirst);
    const inbox = new Inbox(domain.events, bot, clock, { processor });
    const names = ["Acme", "Globex", "Initech", "Umbrella"];
    for (const [i, name] of names.entries()) {
      // Two chats: order within each is kept, the burst as a whole waits.
      const chat = `dm-u${i % 2}`;
      const e = { ...event(`b${i}`, `company new ${name}`), conversation: { id: chat, kind: "direct" as const } };
      expect(await inbox.receive(e, { conversationId: chat, kind: "direct" })).toBe("accepted");
      await new Promise((resolve) => setTimeout(resolve, 5));
      now += 5;
    }
    expect(await t.db.processedEvent.count({ where: { status: "received" } })).toBe(4);
    expect(await t.db.company.count()).toBe(0);
    now += 10;
    await inbox.idle();
    expect((await t.db.company.findMany({ orderBy: { createdAt: "asc" } })).map((c) => c.name).sort()).toEqual([...names].sort());
    expect(await t.db.processedEvent.count({ where: { status: "processed" } })).toBe(4);
  });
});
