import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, createAutomationFixture } from "../../test/automation-fixture.js";
import { BOSS, LI, textOf } from "../../test/bot-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai (an hourly minute for the stale-deal rule).
const NOW = new Date("2026-11-25T02:00:00Z");
const DAY = 86_400_000;

let f: AutomationFixture;

beforeEach(async () => {
  f = await createAutomationFixture(NOW);
});
afterEach(async () => {
  await f.close();
});

async function staleDeal(days: number, amountMinor = 20_000_000) {
  f.clock.set(new Date(NOW.getTime() - days * DAY));
  const li = await f.actor(LI);
  const company = await f.domain.companies.create(li, { name: `Co ${days} ${amountMinor}` });
  const deal = await f.domain.deals.create(li, { companyId: company.id, amountMinor });
  f.clock.set(NOW);
  return deal;
}

describe("rule command", () => {
  it("lists the seeded default rules in words, in the reader's language (no JSON, no cron)", async () => {
    const text = textOf(await f.say(BOSS, "rule list")); // 王经理 reads English, 李雷 Chinese
    for (const key of ["digest", "weekly-summary", "stale-deal", "overdue-followup", "churn", "sla", "renewal", "payment-overdue"]) expect(text).toContain(key);
    expect(text).not.toMatch(/[{}]|\* \* \*|notify-owner/);
    expect(text).toContain("Stale deal alert");
    expect(text).toMatch(/deal quiet for 7 days and amount ≥ (CN)?¥100,000/);
    expect(text).toContain("daily at 08:30");
    const zh = textOf(await f.say(LI, "规则 列表"));
    expect(zh).toContain("商机 7 天无进展且金额 ≥ ¥100,000");
    expect(zh).toContain("每天 08:30");
    expect(zh).toContain("每周一 09:00");
    expect(zh).toContain("通知负责人");
    expect(zh).not.toMatch(/[{}]|\* \* \*|notify-owner/);
    // Seeding again (another start) keeps one row per rule.
    await f.domain.rules.seedDefaults();
    expect(await f.t.db.rule.count()).toBe(12);
  });

  it("refuses changes from a rep; nothing changes and nothing is audited", async () => {
    expect(textOf(await f.say(LI, "规则 停用 stale-deal"))).toContain("没有权限");
    expect(textOf(await f.say(LI, "rule set stale-deal days 1"))).toContain("没有权限"); // 李雷 reads Chinese
    expect((await f.domain.rules.get("stale-deal")).enabled).toBe(true);
    expect((await f.domain.rules.get("stale-deal")).condition.days).toBe(7);
    expect(await f.t.db.auditLog.count({ where: { entityType: "rule" } })).toBe(0);
  });

  it("an admin disables and re-enables a rule; the scheduler follows", async () => {
    await staleDeal(8);
    expect(textOf(await f.say(BOSS, "rule disable stale-deal"))).toContain("Rule stale-deal disabled");
    expect((await f.scheduler.tick(NOW)).some((r) => r.key === "stale-deal")).toBe(false);
    expect(await f.t.db.alert.count({ where: { kind: "stale-deal" } })).toBe(0);
    expect(textOf(await f.say(BOSS, "rule enable stale-deal"))).toContain("enabled");
    expect((await f.scheduler.tick(NOW)).find((r) => r.key === "stale-deal")?.sent).toBe(1);
    expect(await f.t.db.auditLog.count({ where: { action: { in: ["rule.disable", "rule.enable"] } } })).toBe(2);
  });

  it("an admin changes thresholds in chat (zh alias, 万 amounts) and the next scan uses them", async () => {
    expect(textOf(await f.say(BOSS, "规则 设置 stale-deal days 10"))).toContain("规则 stale-deal：days = 10");
    expect(textOf(await f.say(BOSS, "rule set stale-deal minAmount 50万"))).toContain("minAmount = 500000");
    const audit = await f.t.db.auditLog.findFirstOrThrow({ where: { action: "rule.update" }, orderBy: { createdAt: "asc" } });
    expect(JSON.parse(audit.before!).condition.days).toBe(7);
    expect(JSON.parse(audit.after!).condition.days).toBe(10);

    await staleDeal(8, 60_000_000); // 8 days: not stale under the new rule
    await staleDeal(11, 20_000_000); // under the new threshold
    const big = await staleDeal(11, 60_000_000);
    expect((await f.scheduler.runNow("stale-deal")).sent).toBe(1);
    expect((await f.t.db.alert.findFirstOrThrow({ where: { kind: "stale-deal" } })).subjectId).toBe(big.id);
  });

  it("moves the digest with a new cron schedule", async () => {
    const morning = new Date("2026-11-26T00:30:00Z"); // 08:30 Shanghai
    expect(textOf(await f.say(BOSS, "rule set digest schedule 0 9 * * *"))).toContain("schedule = 0 9 * * *");
    expect((await f.scheduler.tick(morning)).some((r) => r.key === "digest")).toBe(false);
    expect((await f.scheduler.tick(new Date("2026-11-26T01:00:00Z"))).find((r) => r.key === "digest")?.sent).toBe(1);
  });

  it("rejects bad values with a clear reply", async () => {
    expect(textOf(await f.say(BOSS, "rule set stale-deal days abc"))).toContain("not a number");
    expect(textOf(await f.say(BOSS, "rule set stale-deal days 0"))).toMatch(/Invalid days/);
    expect(textOf(await f.say(BOSS, "rule set digest schedule every morning"))).toContain("not a cron expression");
    expect(textOf(await f.say(BOSS, "rule set stale-deal colour red"))).toContain("unknown parameter");
    expect(textOf(await f.say(BOSS, "rule enable nosuch"))).toContain("No rule found");
    expect((await f.domain.rules.get("stale-deal")).condition).toEqual({ minAmount: 100_000, days: 7, snoozeDays: 3 });
  });
});

describe("channel command", () => {
  const inGroup = (who: string, text: string, room = "room-1") =>
    f.inbox.handle({ type: "message", channel: "local", user: { platformUserId: who }, conversation: { id: room, kind: "group" }, text });

  it("registers the group a manager speaks in for the team's digest or alerts (audited)", async () => {
    expect(textOf(await inGroup("mgr", "channel digest"))).toContain("This group now gets team North's digest");
    expect(textOf(await inGroup("mgr", "频道 提醒"))).toContain("提醒群");
    await inGroup("mgr", "channel digest", "room-2");
    const rows = await f.t.db.teamChannel.findMany({ orderBy: { purpose: "asc" } });
    expect(rows.map((r) => [r.platform, r.conversationId, r.purpose])).toEqual([
      ["local", "room-1", "alerts"],
      ["local", "room-2", "digest"],
    ]);
    expect(await f.t.db.auditLog.count({ where: { action: "team.channel" } })).toBe(3);
  });

  it("lists the team's chats (marking this one) and removes one by purpose, audited; the next digest skips it", async () => {
    await inGroup("mgr", "channel digest");
    await inGroup("mgr", "channel alerts", "room-2");
    const list = textOf(await inGroup("li", "channel list"));
    expect(list).toContain("North · 简报 · local room-1（本群）"); // 李雷 reads Chinese
    expect(list).toContain("North · 提醒 · local room-2");
    expect(list).not.toContain("room-2（本群）");

    expect(textOf(await inGroup("li", "channel remove digest"))).toMatch(/没有权限|permission/i);
    expect(textOf(await inGroup("mgr", "channel remove digest"))).toContain("no longer go to this chat");
    expect(textOf(await inGroup("mgr", "频道 取消 简报"))).toContain("没有登记简报群");
    expect((await f.t.db.teamChannel.findMany()).map((r) => r.purpose)).toEqual(["alerts"]);
    expect(await f.t.db.auditLog.count({ where: { action: "team.channel.remove" } })).toBe(1);
    expect(textOf(await inGroup("mgr", "channel list"))).not.toContain("digest");

    await f.scheduler.tick(new Date("2026-11-26T00:30:00Z")); // next morning's digest minute
    expect(await f.outbox("room-1")).toHaveLength(0);
  });

  it("is refused for reps and outside group chats", async () => {
    expect(textOf(await inGroup("li", "频道 简报"))).toContain("没有权限");
    expect(textOf(await f.say({ platformUserId: "mgr", displayName: "Manager Zhou" }, "channel digest"))).toContain("group chat");
    expect(await f.t.db.teamChannel.count()).toBe(0);
  });
});
