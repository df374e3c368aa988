import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithPeople, type Harness, textOf } from "../test/bot-harness.js";
import { Bot } from "./bot.js";
import { Inbox } from "./inbox.js";
import type { InboundEvent } from "./types.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(AMY, "company add Acme Corp B");
});
afterEach(() => h.close());

const message = (eventId: string, text: string): InboundEvent & { eventId: string } => ({
  type: "message",
  channel: "local",
  eventId,
  user: { platformUserId: AMY.platformUserId, displayName: AMY.displayName },
  conversation: { id: "dm:amy", kind: "direct" },
  text,
});
const counts = async () => ({
  activities: await h.t.db.activity.count(),
  followUps: await h.t.db.followUp.count(),
  deals: await h.t.db.deal.count(),
});
/** The process "restarts": a new bot and inbox over the same database, started a minute later. */
const restart = () => {
  h.clock.advance(60_000);
  const logger = { error: (_m: string, e: unknown) => h.errors.push(e) };
  return new Inbox(h.domain.events, new Bot(h.domain, logger), h.clock, { logger });
};
const sentence = "called Acme Corp, they want a quote next Tuesday, budget 200k";

describe("exactly once across a crash between the change and the processed mark", () => {
  it("a replay after the change committed answers 'already recorded' and changes nothing", async () => {
    // The crash: claimed, the domain change committed, the process died before finishEvent.
    await h.t.db.processedEvent.create({ data: { platform: "local", eventId: "k1", claimedAt: h.clock.now() } });
    const first = await h.bot.respond(message("k1", sentence));
    expect(textOf(first.replies)).toContain("Logged a call with Acme Corp");
    const before = await counts();
    expect(before).toEqual({ activities: 1, followUps: 1, deals: 1 });

    const replay = await restart().handle(message("k1", sentence));
    expect(replay.duplicate).toBeFalsy();
    expect(textOf(replay)).toContain("already recorded");
    expect(await counts()).toEqual(before);
    expect((await h.t.db.processedEvent.findFirstOrThrow({ where: { eventId: "k1" } })).status).toBe("processed");
    expect(await h.t.db.auditLog.count({ where: { sourceEventKey: { startsWith: "local:k1#" } } })).toBe(3);
  });

  it("a retry of an event claimed by a dead process that never changed anything is processed", async () => {
    await h.t.db.processedEvent.create({ data: { platform: "local", eventId: "k2", claimedAt: h.clock.now() } });
    const retry = await restart().handle(message("k2", sentence));
    expect(textOf(retry)).toContain("Logged a call with Acme Corp");
    expect(await counts()).toEqual({ activities: 1, followUps: 1, deals: 1 });
    const row = await h.t.db.processedEvent.findFirstOrThrow({ where: { eventId: "k2" } });
    expect(row).toMatchObject({ status: "processed", attempts: 2 });
  });

  it("a retry of an event another request of this process is still working on is a duplicate", async () => {
    await h.t.db.processedEvent.create({ data: { platform: "local", eventId: "k3", claimedAt: h.clock.now() } });
    expect(await h.inbox.handle(message("k3", sentence))).toEqual({ replies: [], duplicate: true });
    expect((await counts()).activities).toBe(0);
    // …until the claim is older than staleAfterMs: then the hung attempt is taken over.
    h.clock.advance(61_000);
    expect(textOf(await h.inbox.handle(message("k3", sentence)))).toContain("Logged a call");
    expect((await counts()).activities).toBe(1);
  });

  it("a failed event may run again until it has run maxAttempts times", async () => {
    await h.t.db.processedEvent.create({ data: { platform: "local", eventId: "k4", status: "failed", attempts: 1 } });
    await h.t.db.processedEvent.create({ data: { platform: "local", eventId: "k5", status: "failed", attempts: 3 } });
    expect(textOf(await h.inbox.handle(message("k4", "log emailed Acme Corp the brochure")))).toContain("Logged an email");
    expect(await h.inbox.handle(message("k5", "log emailed Acme Corp the brochure"))).toEqual({ replies: [], duplicate: true });
    expect((await counts()).activities).toBe(1);
  });

  it("three concurrent deliveries of one event make one record", async () => {
    const results = await Promise.all([1, 2, 3].map(() => h.inbox.handle(message("k6", sentence))));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await counts()).toEqual({ activities: 1, followUps: 1, deals: 1 });
  });

  it("each command replayed three times after a lost processed mark changes the data once", async () => {
    const commands = [
      "company add Globex A",
      "contact add Globex Zhang 13800138000",
      "deal new Globex 50k",
      "followup add tomorrow 3pm call Zhang",
      "ticket new Globex cannot log in high",
    ];
    for (const [i, text] of commands.entries()) {
      for (let n = 0; n < 3; n++) {
        await h.t.db.processedEvent.deleteMany({ where: { eventId: `c${i}` } });
        await h.inbox.handle(message(`c${i}`, text));
      }
    }
    expect(await h.t.db.company.count({ where: { name: "Globex" } })).toBe(1);
    expect(await h.t.db.contact.count()).toBe(1);
    expect(await h.t.db.deal.count()).toBe(1);
    expect(await h.t.db.followUp.count()).toBe(1);
    expect(await h.t.db.ticket.count()).toBe(1);
  });

  it("the durable inbox resumes an event whose change committed without applying it twice", async () => {
    const event = message("k7", sentence);
    const target = { conversationId: "dm:amy", kind: "direct" as const };
    await h.t.db.processedEvent.create({ data: { platform: "local", eventId: "k7", payload: JSON.stringify({ event, target }) } });
    await h.bot.respond(event);
    const inbox = restart();
    expect(await inbox.resume()).toBe(1);
    await inbox.idle();
    expect(await counts()).toEqual({ activities: 1, followUps: 1, deals: 1 });
    expect((await h.t.db.processedEvent.findFirstOrThrow({ where: { eventId: "k7" } })).status).toBe("processed");
    const queued = await h.t.db.outboxMessage.findMany();
    expect(queued.map((m) => m.payload).join()).toContain("already recorded");
  });
});
