import { afterEach, describe, expect, it } from "vitest";
import { createCrmApp, type CrmApp } from "../../app/create-app.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const DAY = 86_400_000;

let t: TestDb;
let app: CrmApp;

afterEach(async () => {
  await app.close();
  await t.close();
});

async function startApp(env: NodeJS.ProcessEnv) {
  t = await createTestDb();
  const clock = fixedClock(new Date(NOW.getTime() - 9 * DAY));
  app = await createCrmApp({ databaseUrl: t.url, clock, migrate: false, outboxPollMs: 0, env });
  const say = (user: string, text: string) =>
    app.inbox.handle({
      type: "message",
      channel: "local",
      user: { platformUserId: user, displayName: user },
      conversation: { id: `dm:${user}`, kind: "direct" },
      text,
    });
  await say("boss", "help");
  await say("li", "help");
  await say("boss", "user team li North");
  await say("li", "company add Acme Corp");
  await say("li", "deal new Acme 200k"); // quiet for 9 days once the clock moves on
  clock.set(NOW);
  return app;
}

describe("the scheduler inside the app", () => {
  it("start() seeds the rules and catches up the stale-deal scan; the alert reaches the local channel once", async () => {
    await startApp({});
    await app.start();
    expect(await app.db.rule.count()).toBe(12);
    await app.outbox.drain();
    const cards = app.localSender.list({ user: "li" }).filter((d) => d.reply.card?.title.includes("Stale deal"));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.reply.card!.title).toContain("Acme");
    // A second start-up catch-up (a restart) sends nothing more.
    await app.scheduler.catchUp();
    await app.outbox.drain();
    expect(app.localSender.list({ user: "li" }).filter((d) => d.reply.card?.title.includes("Stale deal"))).toHaveLength(1);
  });

  it("CRM_SCHEDULER=off keeps this process from sending anything", async () => {
    await startApp({ CRM_SCHEDULER: "off" });
    await app.start();
    await app.outbox.drain();
    expect(await app.db.alert.count()).toBe(0);
    expect(app.localSender.list({ user: "li" })).toHaveLength(0);
  });
});
