import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LI } from "../../test/bot-harness.js";
import { type AutomationFixture, cardButton, cardText, createAutomationFixture } from "../../test/automation-fixture.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);

let f: AutomationFixture;
const run = async (key: Parameters<AutomationFixture["scheduler"]["runNow"]>[0], when: Date) => {
  f.clock.set(when);
  return f.scheduler.runNow(key);
};

beforeEach(async () => {
  f = await createAutomationFixture(NOW);
});
afterEach(async () => {
  await f.close();
});

describe("overdue follow-up reminders", () => {
  it("reminds the owner at the due time, again the next morning, and copies the manager after 2 days, each once", async () => {
    const li = await f.actor(LI);
    const followUp = await f.domain.followUps.schedule(li, { title: "给张总回电话", dueAt: at(30 * MIN) });
    expect((await run("overdue-followup", NOW)).sent).toBe(0);
    expect((await run("overdue-followup", at(35 * MIN))).sent).toBe(1);
    expect((await run("overdue-followup", at(40 * MIN))).sent).toBe(0);
    expect((await run("overdue-followup", at(13 * HOUR))).sent).toBe(0); // 23:00, same day
    expect((await run("overdue-followup", at(22 * HOUR + 55 * MIN))).sent).toBe(0); // 08:55 next day
    expect((await run("overdue-followup", at(23 * HOUR + 5 * MIN))).sent).toBe(1); // 09:05 next day
    expect((await run("overdue-followup", at(24 * HOUR))).sent).toBe(0);
    expect((await run("overdue-followup", at(2 * DAY + 31 * MIN))).sent).toBe(1); // manager copy
    expect((await run("overdue-followup", at(3 * DAY))).sent).toBe(0);

    const toLi = await f.outbox("user:li");
    expect(toLi.map((m) => m.reply.card?.title)).toEqual(["⏰ 跟进到期", "⏰ 跟进逾期"]);
    const toMgr = await f.outbox("user:mgr");
    expect(toMgr.map((m) => m.reply.card?.title)).toEqual(["⏰ Follow-up overdue (manager copy)"]);
    expect(cardText(toMgr[0]!)).toContain("Owner: 李雷");

    // "Done" on the reminder completes it (the existing action), and nothing more comes.
    await f.press(LI, cardButton(toLi[1]!, "followup.done"));
    expect((await f.t.db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).done).toBe(true);
    expect((await run("overdue-followup", at(4 * DAY))).sent).toBe(0);
  });

  it("after downtime sends only the latest owner reminder, and snooze moves the follow-up", async () => {
    const li = await f.actor(LI);
    const followUp = await f.domain.followUps.schedule(li, { title: "send the quote", dueAt: at(HOUR) });
    // Down all evening: the first run is the next morning, which sends the morning reminder only.
    expect((await run("overdue-followup", at(23 * HOUR + 30 * MIN))).sent).toBe(1);
    const [reminder] = await f.outbox("user:li");
    expect(reminder!.reply.card?.title).toBe("⏰ 跟进逾期");
    await f.press(LI, cardButton(reminder!, "alert.snooze"));
    const snoozed = await f.t.db.followUp.findUniqueOrThrow({ where: { id: followUp.id } });
    expect(snoozed.dueAt.toISOString()).toBe(at(47 * HOUR + 30 * MIN).toISOString());
    expect((await run("overdue-followup", at(47 * HOUR))).sent).toBe(0);
    expect((await run("overdue-followup", at(47 * HOUR + 35 * MIN))).sent).toBe(1);
    expect(await f.t.db.auditLog.count({ where: { action: "followup.snooze", entityId: followUp.id } })).toBe(1);
  });
});

describe("churn alert", () => {
  it("flags silent customers (A-tier sooner) and repeated tickets with a health score, once", async () => {
    const li = await f.actor(LI);
    const mk = async (name: string, tier: "A" | "B" | "C", silentDays: number) => {
      const c = await f.domain.companies.create(li, { name, tier });
      await f.t.db.company.update({ where: { id: c.id }, data: { lastInteractionAt: at(-silentDays * DAY) } });
      return c;
    };
    const aTier = await mk("华为", "A", 31);
    await mk("Acme", "B", 31); // B-tier: not yet
    const bTier = await mk("Beta Ltd", "B", 61);
    const noisy = await mk("Noisy", "C", 1);
    for (const title of ["登录失败", "又登录失败", "还是不行"]) await f.domain.tickets.raise(li, { companyId: noisy.id, title });

    expect((await run("churn", NOW)).sent).toBe(3);
    expect((await run("churn", at(HOUR))).sent).toBe(0);
    const alerts = await f.t.db.alert.findMany({ where: { kind: "churn" }, orderBy: { subjectId: "asc" } });
    expect(new Set(alerts.map((a) => a.subjectId))).toEqual(new Set([aTier.id, bTier.id, noisy.id]));
    const scores = Object.fromEntries(
      (await f.t.db.company.findMany({ where: { id: { in: [aTier.id, bTier.id, noisy.id] } } })).map((c) => [c.name, c.healthScore]),
    );
    // 100 − silence (40 × days ÷ twice the tier threshold, rounded) − 5 per recent ticket:
    // 华为 (A, 30 days) 31 days → 21; Beta (B, 60) 61 days → 20; Noisy 1 day → 0 and 3 tickets → 15.
    expect(scores).toEqual({ 华为: 79, "Beta Ltd": 80, Noisy: 85 });
    const texts = (await f.outbox("user:li")).map(cardText).join("\n");
    expect(texts).toContain("已经 31 天没有任何互动");
    expect(texts).toContain("近期有 3 个工单/投诉");
    expect(texts).toContain("健康分: 79/100");
    expect(texts).toContain("健康分构成: 100 − 21（31 天无互动） = 79");
    expect(await f.outbox("user:mgr")).toHaveLength(3);
  });
});

describe("ticket SLA escalation", () => {
  it("escalates an unanswered high-priority ticket after 2 hours to the team lead and the alerts chat, once", async () => {
    await f.inbox.handle({
      type: "message",
      channel: "local",
      user: { platformUserId: "mgr" },
      conversation: { id: "room-alerts", kind: "group" },
      text: "channel alerts",
    });
    const li = await f.actor(LI);
    const company = await f.domain.companies.create(li, { name: "腾讯" });
    const high = await f.domain.tickets.raise(li, { companyId: company.id, title: "无法登录", priority: "high" });
    await f.domain.tickets.raise(li, { companyId: company.id, title: "小问题", priority: "normal" });
    const answered = await f.domain.tickets.raise(li, { companyId: company.id, title: "已回复", priority: "urgent" });
    await f.t.db.ticket.update({ where: { id: answered.id }, data: { firstResponseAt: at(10 * MIN) } });

    expect((await run("sla", at(HOUR + 59 * MIN))).sent).toBe(0);
    expect((await run("sla", at(2 * HOUR + MIN))).sent).toBe(1);
    expect((await run("sla", at(9 * HOUR))).sent).toBe(0);
    const alert = await f.t.db.alert.findFirstOrThrow({ where: { kind: "sla" } });
    expect(alert.subjectId).toBe(high.id);
    const [lead] = await f.outbox("user:mgr");
    expect(cardText(lead!)).toContain("Ticket SLA breached");
    const [room] = await f.outbox("room-alerts");
    expect(cardText(room!)).toContain("工单超时未响应");
  });
});

describe("renewal reminder", () => {
  it("creates one renewal follow-up for the owner when the contract ends within 30 days", async () => {
    const li = await f.actor(LI);
    const company = await f.domain.companies.create(li, { name: "Acme" });
    const deal = await f.domain.deals.create(li, { companyId: company.id, amountMinor: 10_000_000, stageKey: "won" });
    await f.domain.deals.update(li, deal.id, { endsAt: at(40 * DAY) });
    expect((await run("renewal", NOW)).sent).toBe(0);
    expect((await run("renewal", at(10 * DAY + HOUR))).sent).toBe(1);
    expect((await run("renewal", at(11 * DAY))).sent).toBe(0);
    const followUps = await f.t.db.followUp.findMany({ where: { dealId: deal.id } });
    expect(followUps.map((x) => x.title)).toEqual(["续约：Acme"]);
    expect(await f.t.db.auditLog.count({ where: { action: "followup.schedule", entityId: followUps[0]!.id } })).toBe(1);
    const [card] = await f.outbox("user:li");
    expect(cardText(card!)).toContain("合同即将到期");
    expect(cardButton(card!, "followup.done").value).toBe(followUps[0]!.id);
  });
});
