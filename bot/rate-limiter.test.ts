import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDomain } from "../domain/index.js";
import { AMY, createHarnessWithPeople, type Harness, LI, openInbox, textOf } from "../test/bot-harness.js";
import type { Inbox } from "./inbox.js";
import { RateLimiter, rateLimitFromEnv } from "./rate-limiter.js";

describe("RateLimiter (token bucket per user)", () => {
  it("allows a burst, refuses the next with the wait, refills over time", () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perMinute: 6 }, { now: () => new Date(now) });
    expect([1, 2, 3].map(() => limiter.take("u").ok)).toEqual([true, true, true]);
    expect(limiter.take("u")).toEqual({ ok: false, retryAfterMs: 10_000 });
    expect(limiter.take("other").ok).toBe(true);
    now += 10_000;
    expect(limiter.take("u").ok).toBe(true);
    expect(limiter.take("u").ok).toBe(false);
  });

  it("reads its settings from the environment; 0 turns it off", () => {
    expect(rateLimitFromEnv({})).toEqual({ perMinute: 60, burst: 20 });
    expect(rateLimitFromEnv({ CRM_RATE_LIMIT_PER_MINUTE: "0", CRM_RATE_LIMIT_BURST: "x" })).toEqual({ perMinute: 0, burst: 20 });
    expect(new RateLimiter({ perMinute: 0, burst: 5 }, { now: () => new Date() }).enabled).toBe(false);
  });
});

describe("rate limit in the bot", () => {
  let h: Harness;
  let inbox: Inbox;
  beforeEach(async () => {
    h = await createHarnessWithPeople();
    await h.say(AMY, "company add Acme Corp B");
    inbox = openInbox(createDomain(h.t.db, h.clock), { rateLimit: { burst: 2, perMinute: 6 } });
  });
  afterEach(() => h.close());

  const event = (who: typeof AMY, eventId: string) => ({
    type: "message" as const,
    channel: "local",
    eventId,
    user: { platformUserId: who.platformUserId, displayName: who.displayName },
    conversation: { id: `dm:${who.platformUserId}`, kind: "direct" as const },
    text: `log emailed Acme Corp the brochure ${eventId}`,
  });

  it("answers kindly over the limit, records nothing, and the same event is processed when sent again later", async () => {
    await inbox.handle(event(AMY, "r1"));
    await inbox.handle(event(AMY, "r2"));
    // A platform retry of an answered event is a duplicate, not refused, and costs no token.
    expect(await inbox.handle(event(AMY, "r1"))).toEqual({ replies: [], duplicate: true });
    const refused = await inbox.handle(event(AMY, "r3"));
    expect(refused.rateLimited).toEqual({ retryAfterMs: 10_000 });
    expect(textOf(refused)).toContain("too fast");
    expect(await h.t.db.processedEvent.count({ where: { eventId: "r3" } })).toBe(0);
    // Other people are not affected.
    expect((await inbox.handle(event(LI, "l1"))).rateLimited).toBeUndefined();
    h.clock.advance(10_000);
    const retried = await inbox.handle(event(AMY, "r3"));
    expect(retried.rateLimited).toBeUndefined();
    expect(await h.t.db.activity.count()).toBe(4);
  });
});
