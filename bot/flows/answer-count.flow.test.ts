import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, MGR, createAutomationFixture } from "../../test/automation-fixture.js";
import { AMY, LI, textOf } from "../../test/bot-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai (the week began Monday the 23rd).
const NOW = new Date("2026-11-25T02:00:00Z");
const HOUR = 3_600_000;
const AMY_EN = { ...AMY, locale: "en" as const };

let f: AutomationFixture;
async function logAt(who: typeof LI, companyName: string, kind: "call" | "visit" | "meeting", hoursAgo: number) {
  const actor = await f.actor(who);
  const company = (await f.t.db.company.findFirst({ where: { name: companyName } })) ?? (await f.domain.companies.create(actor, { name: companyName }));
  await f.domain.activities.log(actor, {
    kind,
    summary: `${kind} ${companyName}`,
    companyId: company.id,
    occurredAt: new Date(NOW.getTime() - hoursAgo * HOUR),
  });
}

beforeEach(async () => {
  f = await createAutomationFixture(NOW);
  await logAt(LI, "华为", "visit", 1); // this week, this month
  await logAt(LI, "华为", "visit", 30); // Tuesday
  await logAt(LI, "腾讯", "call", 2);
  await logAt(LI, "腾讯", "call", 3 * 24); // Sunday the 22nd: last week
  await logAt(LI, "华为", "visit", 30 * 24); // 26 October: last month
  await logAt(AMY_EN, "Globex", "call", 5);
  await logAt(AMY_EN, "Globex", "meeting", 6);
});
afterEach(async () => {
  await f.close();
});

describe("how many activities", () => {
  it("counts the asker's own activities of a kind in the period, in their language, and writes nothing", async () => {
    const before = await f.t.db.activity.count();
    expect(textOf(await f.say(LI, "这个月拜访了几次华为"))).toContain("本月你共有 2 次拜访（华为）");
    expect(textOf(await f.say(LI, "本周打了几个电话？"))).toContain("本周你共有 1 次电话");
    expect(textOf(await f.say(LI, "上周打了几个电话？"))).toContain("上周你共有 1 次电话");
    expect(textOf(await f.say(LI, "上个月拜访了多少次"))).toContain("上个月你共有 1 次拜访");
    expect(textOf(await f.say(AMY_EN, "how many calls did I make this week?"))).toContain("You logged 1 call this week.");
    expect(textOf(await f.say(AMY_EN, "how many meetings with Globex today?"))).toContain("You logged 1 meeting with Globex today.");
    expect(await f.t.db.activity.count()).toBe(before);
  });

  it("counts a named month: the latest one up to now", async () => {
    expect(textOf(await f.say(LI, "10月拜访了几次华为"))).toContain("10月你共有 1 次拜访（华为）");
    expect(textOf(await f.say(LI, "11月拜访了几次华为"))).toContain("11月你共有 2 次拜访（华为）");
    expect(textOf(await f.say(AMY_EN, "how many calls with Globex in November?"))).toContain("You logged 1 call with Globex in November.");
  });

  it("says which period it counted when none was named, and lists the latest", async () => {
    const text = textOf(await f.say(LI, "拜访了几次华为？"));
    expect(text).toContain("本月你共有 2 次拜访（华为）");
    expect(text).toContain("没说时间段");
    expect(text).toContain("visit 华为");
  });

  it("a manager's 'we' counts the team; a rep's 'we' counts only their own", async () => {
    expect(textOf(await f.say(MGR, "how many calls did we make this week?"))).toContain("Your team logged 2 calls this week.");
    expect(textOf(await f.say(AMY_EN, "how many calls did we make this week?"))).toContain("You logged 1 call this week.");
  });

  it("an unknown customer is named in the answer, not counted as zero", async () => {
    expect(textOf(await f.say(AMY_EN, "how many calls did I make to Initech this week?"))).toContain('no customer called "Initech"');
  });

  it("a report that says 'a few times' is still logged", async () => {
    const before = await f.t.db.activity.count();
    await f.say(LI, "跟华为聊了几次，都没结果");
    expect(await f.t.db.activity.count()).toBe(before + 1);
  });

  it("counts deals won this month with their amounts, the asker's own or a manager's team's", async () => {
    const li = await f.actor(LI);
    const huawei = await f.t.db.company.findFirstOrThrow({ where: { name: "华为" } });
    const won = await f.domain.deals.create(li, { companyId: huawei.id, amountMinor: 86_000_000 });
    await f.domain.deals.move(li, won.id, "won");
    const amy = await f.actor(AMY_EN);
    const globex = await f.t.db.company.findFirstOrThrow({ where: { name: "Globex" } });
    const other = await f.domain.deals.create(amy, { companyId: globex.id, amountMinor: 9_500_000, currency: "USD" });
    await f.domain.deals.move(amy, other.id, "won");
    expect(textOf(await f.say(LI, "这个月赢了几单"))).toContain("本月你共有 1 个赢单，¥860,000。");
    expect(textOf(await f.say(LI, "这个月华为签了几单？"))).toContain("本月你共有 1 个赢单，¥860,000（华为）。");
    expect(textOf(await f.say(MGR, "how many deals did we win this month?"))).toMatch(/Your team won 2 deals this month \(.*860,000.*95,000.*\)\./);
    expect(textOf(await f.say(AMY_EN, "how many deals did I lose this month?"))).toContain("You lost 0 deals this month.");
    // the money won asked for (was read as a customer called "钱" / "close", or showed a customer whose name holds "win")
    const before = await f.t.db.activity.count();
    expect(textOf(await f.say(LI, "这个月签了多少钱"))).toContain("本月你共有 1 个赢单，¥860,000。");
    expect(textOf(await f.say(LI, "本月成交额是多少？"))).toContain("本月你共有 1 个赢单，¥860,000。");
    expect(textOf(await f.say(AMY_EN, "how much did I close this month?"))).toContain("You won 1 deal this month ($95,000).");
    expect(textOf(await f.say(AMY_EN, "what did i win this month"))).toContain("You won 1 deal this month ($95,000).");
    expect(textOf(await f.say(MGR, "how much revenue did we close this month?"))).toMatch(/Your team won 2 deals this month \(.*860,000.*95,000.*\)\./);
    expect(await f.t.db.activity.count()).toBe(before);
  });
});

describe("what was done, asked as a recap", () => {
  it("lists the asker's activities of the period and writes nothing", async () => {
    const before = await f.t.db.activity.count();
    const zh = textOf(await f.say(LI, "我今天做了什么"));
    expect(zh).toContain("今天你共有 2 次");
    expect(zh).toContain("visit 华为");
    const en = textOf(await f.say(AMY_EN, "what did I do today?"));
    expect(en).toContain("You logged 2 activities today");
    expect(en).toContain("meeting Globex");
    expect(await f.t.db.activity.count()).toBe(before);
  });
});
