import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, MGR, cardText, createAutomationFixture } from "../../test/automation-fixture.js";
import { AMY, LI, textOf } from "../../test/bot-harness.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const DAY = 86_400_000;
let f: AutomationFixture;

beforeEach(async () => {
  f = await createAutomationFixture(NOW);
  await f.domain.rules.seedDefaults();
});
afterEach(async () => {
  await f.close();
});

describe("lead rules", () => {
  it("lead-hot: a lead at the threshold alerts its owner and the manager once, with the score's reasons", async () => {
    await f.say(LI, "新线索：王总，京东，13800138000，wang@jd.com，老客户转介绍");
    await f.say(LI, "新线索：小张，某某商店，wx 微信 zhang_shop88");
    // 王总: referral 25 + decision maker 20 + phone 10 + email 5 + company 10 = 70 ≥ 60; 小张 stays below.
    const first = await f.scheduler.runNow("lead-hot");
    expect(first.sent).toBe(1);
    const [toLi] = (await f.outbox("user:li")).filter((m) => m.reply.card?.subtitle?.includes("热线索"));
    expect(cardText(toLi!)).toContain("线索 #1 王总 · 京东");
    expect(cardText(toLi!)).toContain("70 = 来源 +25（转介绍） · 决策人 +20 · 有电话/微信 +10 · 有邮箱 +5 · 有公司 +10");
    const toMgr = (await f.outbox("user:mgr")).filter((m) => m.reply.card?.subtitle?.includes("Hot lead"));
    expect(toMgr).toHaveLength(1);
    expect((await f.scheduler.runNow("lead-hot")).sent).toBe(0);
    // A threshold an admin lowers brings the other one in.
    await f.domain.rules.setParam(await f.actor({ platformUserId: "boss", displayName: "王经理" }), "lead-hot", "threshold", "30");
    expect((await f.scheduler.runNow("lead-hot")).sent).toBe(1);
  });

  it("lead-return: an owned lead idle for N days goes back to the pool; the owner and the manager are told, once", async () => {
    await f.say(LI, "新线索：陈总，美的，13711112222");
    await f.say(LI, "新线索：刘总，格力，13711113333");
    f.clock.set(new Date(NOW.getTime() + 5 * DAY));
    await f.say(LI, "线索 跟进 2 打过电话，下周见面");
    f.clock.set(new Date(NOW.getTime() + 8 * DAY));
    const result = await f.scheduler.runNow("lead-return");
    expect(result.sent).toBe(1);
    expect((await f.t.db.lead.findUniqueOrThrow({ where: { number: 1 } })).ownerId).toBeNull();
    expect((await f.t.db.lead.findUniqueOrThrow({ where: { number: 2 } })).ownerId).not.toBeNull();
    expect((await f.outbox("user:li")).map((m) => m.reply.text ?? "").join("\n")).toContain("线索 #1 陈总（美的） 7 天无人跟进，已从 李雷 名下退回公海");
    expect((await f.outbox("user:mgr")).map((m) => m.reply.text ?? "").join("\n")).toContain("Lead #1 陈总 (美的) was not worked on for 7 days");
    expect((await f.scheduler.runNow("lead-return")).sent).toBe(0);
    expect(await f.t.db.auditLog.count({ where: { action: "lead.return" } })).toBe(1);
  });

  it("lead-assign (off by default): pool leads unclaimed for an hour go to the team's reps in turn, skipping nobody twice", async () => {
    for (const name of ["甲总", "乙总", "丙总"]) await f.say(LI, `新线索：${name}，${name}公司，放公海`);
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    f.clock.set(later);
    // Off by default: the scheduler's tick does not run it.
    expect((await f.domain.rules.get("lead-assign")).enabled).toBe(false);
    expect((await f.scheduler.tick(later)).some((r) => r.key === "lead-assign")).toBe(false);
    expect(await f.t.db.lead.count({ where: { ownerId: null } })).toBe(3);
    await f.domain.rules.setEnabled(await f.actor({ platformUserId: "boss", displayName: "王经理" }), "lead-assign", true);
    expect((await f.scheduler.runNow("lead-assign")).sent).toBe(3);
    // North's reps are 李雷 and Amy (Manager Zhou is a manager): 1 → one, 2 → the other, 3 → the first again.
    const owners = (await f.t.db.lead.findMany({ orderBy: { number: "asc" }, select: { ownerId: true } })).map((l) => l.ownerId);
    expect(owners[0]).not.toBeNull();
    expect(owners[1]).not.toBe(owners[0]);
    expect(owners[2]).toBe(owners[0]);
    expect(await f.t.db.auditLog.count({ where: { action: "lead.assign" } })).toBe(3);
    expect((await f.scheduler.runNow("lead-assign")).sent).toBe(0);
  });

  it("lead-assign by territory: a pool lead goes to the rep whose region (then industry) covers it, else in turn; reps may not set territories", async () => {
    // Amy covers 华东 (so 杭州, in 浙江); 李雷 covers the 制造 industry. Only managers (own team) and admins set them.
    expect(textOf(await f.say(LI, "用户 地区 Amy Chen 华东"))).toMatch(/权限|not allowed|permission/iu);
    expect(textOf(await f.say(MGR, "user region Amy Chen 华东"))).toMatch(/Amy Chen.* covers regions: 华东\n?$/u);
    expect(textOf(await f.say(MGR, "user industry 李雷 制造"))).toMatch(/李雷.* covers industries: 制造\n?$/u);
    await f.say(LI, "新线索：甲总，甲公司，杭州，13711110001，放公海");
    await f.say(AMY, "新线索：乙总，乙公司，行业：制造业，13711110002，放公海");
    await f.say(LI, "新线索：丙总，丙公司，地区：华东，行业：制造，13711110003，放公海");
    const leads = await f.t.db.lead.findMany({ orderBy: { number: "asc" } });
    expect(leads.map((l) => [l.region, l.industry])).toEqual([
      ["杭州", null],
      [null, "制造业"],
      ["华东", "制造"],
    ]);
    f.clock.set(new Date(NOW.getTime() + 2 * 3_600_000));
    const boss = await f.actor({ platformUserId: "boss", displayName: "王经理" });
    await f.domain.rules.setEnabled(boss, "lead-assign", true);
    expect((await f.scheduler.runNow("lead-assign")).sent).toBe(3);
    const amy = await f.t.db.user.findFirstOrThrow({ where: { name: "Amy Chen" } });
    const li = await f.t.db.user.findFirstOrThrow({ where: { name: "李雷" } });
    const owners = (await f.t.db.lead.findMany({ orderBy: { number: "asc" } })).map((l) => l.ownerId);
    // Region comes first: #3 names both, and 华东 is Amy's.
    expect(owners).toEqual([amy.id, li.id, amy.id]);
    const toAmy = (await f.outbox("user:amy")).map(cardText).join("\n");
    expect(toAmy).toContain("A pool lead was assigned to you (region: 杭州)");
    expect((await f.outbox("user:li")).map(cardText).join("\n")).toContain("公海线索已分配给你（行业：制造业）");
    const audit = await f.t.db.auditLog.findMany({ where: { action: "lead.assign" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => JSON.parse(a.after ?? "{}").rule)).toEqual(["region", "industry", "region"]);

    // With `by round-robin` territories are ignored: a 杭州 lead can go to 李雷.
    await f.domain.rules.setParam(boss, "lead-assign", "by", "round-robin");
    for (const n of [1, 2]) await f.say(LI, `新线索：${n === 1 ? "赵总" : "钱总"}，杭州${n}号店，杭州，1371111100${n + 3}，放公海`);
    f.clock.set(new Date(NOW.getTime() + 4 * 3_600_000));
    expect((await f.scheduler.runNow("lead-assign")).sent).toBe(2);
    const later = (await f.t.db.lead.findMany({ where: { number: { gt: 3 } }, orderBy: { number: "asc" } })).map((l) => l.ownerId);
    expect(new Set(later)).toEqual(new Set([amy.id, li.id]));
  });
});
