import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, cardButton, cardText, createAutomationFixture } from "../../test/automation-fixture.js";
import { LI } from "../../test/bot-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

let f: AutomationFixture;

async function dealAt(when: Date, amountMinor: number, stageKey?: string) {
  f.clock.set(when);
  const li = await f.actor(LI);
  const company = await f.domain.companies.create(li, { name: `Co ${when.getTime()}-${amountMinor}-${stageKey ?? ""}` });
  const deal = await f.domain.deals.create(li, { companyId: company.id, amountMinor, ...(stageKey ? { stageKey } : {}) });
  f.clock.set(NOW);
  return deal;
}

beforeEach(async () => {
  f = await createAutomationFixture(NOW);
});
afterEach(async () => {
  await f.close();
});

describe("stale-deal alert", () => {
  it("marks an open deal over the threshold at risk and alerts owner and manager once", async () => {
    const stale = await dealAt(daysAgo(8), 20_000_000, "proposal");
    await dealAt(daysAgo(8), 5_000_000); // under ¥100,000
    await dealAt(daysAgo(6), 30_000_000); // only 6 days quiet
    await dealAt(daysAgo(30), 50_000_000, "won"); // closed
    await dealAt(daysAgo(30), 50_000_000, "lost");

    const first = await f.scheduler.runNow("stale-deal");
    expect(first.sent).toBe(1);
    const deal = await f.t.db.deal.findUniqueOrThrow({ where: { id: stale.id } });
    expect(deal.atRisk).toBe(true);
    expect(await f.t.db.auditLog.count({ where: { action: "deal.at-risk", entityId: stale.id } })).toBe(1);
    const alert = await f.t.db.alert.findFirstOrThrow({ where: { kind: "stale-deal" } });
    expect(alert.periodKey).toBe(`stale-deal:${stale.id}:${daysAgo(8).toISOString()}`);
    expect(alert.status).toBe("sent");

    const toLi = await f.outbox("user:li");
    const toMgr = await f.outbox("user:mgr");
    expect(toLi).toHaveLength(1);
    expect(toMgr).toHaveLength(1);
    expect(cardText(toLi[0]!)).toContain("8 天没有跟进");
    expect(cardText(toMgr[0]!)).toContain("No activity for 8 days");
    expect(await f.t.db.outboxMessage.count()).toBe(2);

    // A re-run and a restarted process (new scheduler, new connection) send nothing more.
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(0);
    const restarted = await f.otherInstance();
    expect((await restarted.scheduler.runNow("stale-deal")).sent).toBe(0);
    await restarted.close();
    expect(await f.t.db.outboxMessage.count()).toBe(2);
  });

  it("fires when the seventh quiet day passes, not before", async () => {
    const deal = await dealAt(daysAgo(6), 30_000_000);
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(0);
    f.clock.set(new Date(daysAgo(-1).getTime() + 60_000));
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(1);
    expect((await f.t.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).atRisk).toBe(true);
  });

  it("two instances (two processes) running the same job at once send it once", async () => {
    for (let i = 0; i < 10; i++) await dealAt(daysAgo(9 + i), 20_000_000 + i);
    // The default rules exist before the instances start, as after any first start; two processes
    // seeding them at the same instant on one SQLite file can hit SQLITE_BUSY_SNAPSHOT.
    await f.domain.rules.list();
    const [a, b] = await Promise.all([f.runInChildProcess("stale-deal"), f.runInChildProcess("stale-deal")]);
    expect(a.sent + b.sent).toBe(10);
    expect(await f.t.db.alert.count({ where: { kind: "stale-deal" } })).toBe(10);
    expect(await f.t.db.outboxMessage.count({ where: { conversationId: "user:li" } })).toBe(10);
    expect(await f.t.db.outboxMessage.count({ where: { conversationId: "user:mgr" } })).toBe(10);
  });

  it("snooze 3 days brings the alert back once if the deal is still quiet; logging an activity ends it", async () => {
    const deal = await dealAt(daysAgo(8), 20_000_000);
    await f.scheduler.runNow("stale-deal");
    const [card] = await f.outbox("user:li");
    const snooze = await f.press(LI, cardButton(card!, "alert.snooze"));
    expect(snooze.replies[0]?.text).toContain("已推迟到");
    expect((await f.t.db.alert.findFirstOrThrow({ where: { kind: "stale-deal" } })).status).toBe("snoozed");
    expect(await f.t.db.auditLog.count({ where: { action: "alert.snooze" } })).toBe(1);

    f.clock.set(new Date(NOW.getTime() + 2 * DAY));
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(0);
    f.clock.set(new Date(NOW.getTime() + 3 * DAY + 60_000));
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(1);
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(0);
    expect(await f.t.db.outboxMessage.count({ where: { conversationId: "user:li" } })).toBe(2);

    await f.domain.activities.log(await f.actor(LI), { kind: "call", summary: "called", dealId: deal.id });
    expect((await f.t.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).atRisk).toBe(false);
  });

  it("mark lost from the card closes the deal (audited) and no further alert comes", async () => {
    const deal = await dealAt(daysAgo(8), 20_000_000);
    await f.scheduler.runNow("stale-deal");
    const [card] = await f.outbox("user:li");
    expect((await f.press(LI, cardButton(card!, "alert.log-activity"))).replies[0]?.text).toContain(`#${deal.number}`);
    const lost = await f.press(LI, cardButton(card!, "deal.mark-lost"));
    expect(lost.replies[0]?.text).toContain("输单");
    const after = await f.t.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(after.stage.key).toBe("lost");
    expect(await f.t.db.auditLog.count({ where: { action: "deal.move", entityId: deal.id } })).toBe(1);
    f.clock.set(new Date(NOW.getTime() + 10 * DAY));
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(0);
  });

  it("another rep may not mark someone else's deal lost", async () => {
    const deal = await dealAt(daysAgo(8), 20_000_000);
    const reply = await f.press({ platformUserId: "amy", displayName: "Amy Chen" }, { actionId: "deal.mark-lost", value: deal.id });
    expect(reply.replies[0]?.text).toMatch(/permission/);
    expect((await f.t.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } })).stage.key).toBe("lead");
  });
});
