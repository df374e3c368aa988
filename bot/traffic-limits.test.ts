import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDomain } from "../domain/index.js";
import { fixedClock } from "../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../test/test-db.js";
import { openInbox } from "../test/bot-harness.js";
import type { Inbox } from "./inbox.js";
import { EventGate } from "./event-gate.js";
import { addressLimitFromEnv, trafficLimitsFromEnv } from "./traffic-limits.js";

describe("trafficLimitsFromEnv", () => {
  it("has defaults, reads every variable, and 0 per minute turns a limit off", () => {
    expect(trafficLimitsFromEnv({})).toEqual({
      perSource: { perMinute: 1200, burst: 300 },
      global: { perMinute: 3000, burst: 600 },
      newUsersPerSource: { perMinute: 30, burst: 20 },
      newUsersGlobal: { perMinute: 60, burst: 50 },
      maxConcurrent: 4,
    });
    const env = {
      CRM_SOURCE_RATE_LIMIT_PER_MINUTE: "10",
      CRM_SOURCE_RATE_LIMIT_BURST: "5",
      CRM_GLOBAL_RATE_LIMIT_PER_MINUTE: "0",
      CRM_NEW_USER_LIMIT_PER_MINUTE: "2",
      CRM_NEW_USER_LIMIT_BURST: "1",
      CRM_NEW_USER_GLOBAL_LIMIT_BURST: "x",
      CRM_MAX_CONCURRENT_EVENTS: "0",
    };
    expect(trafficLimitsFromEnv(env)).toEqual({
      perSource: { perMinute: 10, burst: 5 },
      global: { perMinute: 0, burst: 600 },
      newUsersPerSource: { perMinute: 2, burst: 1 },
      newUsersGlobal: { perMinute: 60, burst: 50 },
      maxConcurrent: 1,
    });
    expect(addressLimitFromEnv({})).toEqual({ perMinute: 600, burst: 200 });
    expect(addressLimitFromEnv({ CRM_ADDRESS_RATE_LIMIT_PER_MINUTE: "0" }).perMinute).toBe(0);
  });
});

describe("EventGate", () => {
  it("runs at most N at once and lets timers fire while a queue of work waits", async () => {
    const gate = new EventGate(2);
    let running = 0;
    let most = 0;
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    // Work whose every step is already settled, like queries on SQLite, with a turn between steps.
    const work = async () => {
      running += 1;
      most = Math.max(most, running);
      for (let i = 0; i < 5; i += 1) {
        for (let j = 0; j < 50; j += 1) await Promise.resolve();
        await new Promise((resolve) => setImmediate(resolve));
      }
      running -= 1;
      return timerFired;
    };
    const seen = await Promise.all(Array.from({ length: 200 }, () => gate.run(work)));
    expect(most).toBe(2);
    expect(seen.at(-1)).toBe(true);
    expect(gate.queued).toBe(0);
  });

  it("passes errors through and frees the slot", async () => {
    const gate = new EventGate(1);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => 42)).toBe(42);
  });
});

describe("admission in the bot", () => {
  let t: TestDb;
  const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.close());

  const say = (inbox: Inbox, channel: string, tenantId: string, user: string) =>
    inbox.handle({
      type: "message",
      channel,
      user: { platformUserId: user, tenantId, locale: "en" },
      conversation: { id: `dm:${user}`, kind: "direct" },
      text: "help",
    });

  it("a platform+tenant over its limit is refused 'not saved' while another tenant goes on; a refused event takes no token from the others", async () => {
    const inbox = openInbox(createDomain(t.db, clock), { limits: { perSource: { perMinute: 1, burst: 2 } }, rateLimit: { perMinute: 1, burst: 1 } });
    expect((await say(inbox, "slack", "T1", "a")).rateLimited).toBeUndefined();
    expect((await say(inbox, "slack", "T1", "b")).rateLimited).toBeUndefined();
    const refused = await say(inbox, "slack", "T1", "c");
    expect(refused.rateLimited?.retryAfterMs).toBeGreaterThan(0);
    expect(refused.replies[0]?.text).toMatch(/too many messages.*not saved/);
    expect((await say(inbox, "slack", "T2", "c")).rateLimited).toBeUndefined();
    clock.advance(60_000);
    expect((await say(inbox, "slack", "T1", "c")).rateLimited).toBeUndefined();
    expect(await t.db.user.count()).toBe(4);
  });

  it("the global new-user cap holds across platforms; known people are not held back", async () => {
    const inbox = openInbox(createDomain(t.db, clock), { limits: { newUsersGlobal: { perMinute: 1, burst: 2 } } });
    expect((await say(inbox, "slack", "T1", "a")).rateLimited).toBeUndefined();
    expect((await say(inbox, "wecom", "corp", "b")).rateLimited).toBeUndefined();
    const refused = await say(inbox, "dingtalk", "corp", "c");
    expect(refused.replies[0]?.text).toMatch(/new people.*not saved/);
    expect(await t.db.channelIdentity.count({ where: { platformUserId: "c" } })).toBe(0);
    expect((await say(inbox, "slack", "T1", "a")).rateLimited).toBeUndefined();
    expect(await t.db.user.count()).toBe(2);
  });

  it("a newcomer refused by the cap keeps their own allowance for when the cap refills", async () => {
    const inbox = openInbox(createDomain(t.db, clock), { rateLimit: { perMinute: 1, burst: 1 }, limits: { newUsersPerSource: { perMinute: 6, burst: 1 } } });
    expect((await say(inbox, "slack", "T1", "a")).rateLimited).toBeUndefined();
    expect((await say(inbox, "slack", "T1", "b")).rateLimited?.retryAfterMs).toBe(10_000);
    clock.advance(10_000);
    expect((await say(inbox, "slack", "T1", "b")).rateLimited).toBeUndefined();
  });
});
