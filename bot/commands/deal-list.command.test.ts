import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, type Harness, LI, NOW, textOf } from "../../test/bot-harness.js";
import { closingRange } from "./deal-list.js";

// NOW is Wednesday 2026-11-25 10:00 in Shanghai. Companies: 华为 (李雷) and Acme Corp (Amy); all in no team.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(BOSS, "user team 李雷 north");
  await h.say(BOSS, "user team Amy Chen north");
  await h.say(LI, "客户 添加 腾讯");
  await h.say(LI, "商机 新建 华为 50万 方案报价"); // #1
  await h.say(LI, "商机 新建 腾讯 8万"); // #2
  await h.say(AMY, "deal new Acme Corp 200k negotiation"); // #3
  await h.say(LI, "商机 1 预计成交 本周五");
  await h.say(AMY, "deal 3 close date Dec 15");
});
afterEach(async () => {
  await h.close();
});

const numbers = (text: string) => [...text.matchAll(/^#(\d+) /gmu)].map((m) => Number(m[1]));

describe("deal list filters", () => {
  it("lists open deals the asker may see, and filters by stage, owner and 'mine'", async () => {
    expect(new Set(numbers(textOf(await h.say(LI, "商机 列表"))))).toEqual(new Set([1, 2, 3]));
    expect(numbers(textOf(await h.say(LI, "商机 列表 方案报价")))).toEqual([1]);
    expect(new Set(numbers(textOf(await h.say(LI, "商机 列表 我的"))))).toEqual(new Set([1, 2]));
    expect(numbers(textOf(await h.say(LI, "deal list owner Amy Chen")))).toEqual([3]);
    expect(textOf(await h.say(AMY, "deal list mine"))).toContain("Deals (1) · mine");
  });

  it("filters by close date this week / this month in the asker's zone, and by a minimum amount", async () => {
    expect(numbers(textOf(await h.say(LI, "商机 列表 本周成交")))).toEqual([1]);
    expect(numbers(textOf(await h.say(AMY, "deal list closing this month")))).toEqual([1]);
    expect(numbers(textOf(await h.say(AMY, "deal list closing next month")))).toEqual([3]);
    expect(new Set(numbers(textOf(await h.say(LI, "商机 列表 10万以上"))))).toEqual(new Set([1]));
    expect(numbers(textOf(await h.say(AMY, "deal list over 100k")))).toEqual([3]);
    // USD and CNY deals are not compared without exchange rates: the bound's currency decides.
    expect(textOf(await h.say(AMY, "deal list over 100k"))).toContain("amount ≥ $100,000");
  });

  it("filters deals quiet for the stale-deal rule's days", async () => {
    h.clock.set(new Date(NOW.getTime() + 8 * 86_400_000));
    await h.say(LI, "跟腾讯通了电话，客户在比价");
    expect(new Set(numbers(textOf(await h.say(LI, "商机 列表 停滞"))))).toEqual(new Set([1, 3]));
    await h.say(BOSS, "rule set stale-deal days 30");
    expect(textOf(await h.say(LI, "商机 列表 停滞"))).toContain("没有符合条件的商机");
  });

  it("pages ten at a time with the next page's command; numbers are the deals' own", async () => {
    for (let i = 0; i < 12; i++) await h.say(LI, `商机 新建 腾讯 ${i + 1}万`);
    const first = textOf(await h.say(LI, "商机 列表 线索"));
    expect(first).toContain("商机（13）");
    expect(first).toContain("第 1/2 页 · 下一页：商机 列表 线索 第2页");
    const second = textOf(await h.say(LI, "商机 列表 线索 第2页"));
    expect(numbers(first).length).toBe(10);
    expect(numbers(second).length).toBe(3);
    expect(new Set([...numbers(first), ...numbers(second)]).size).toBe(13);
    expect(textOf(await h.say(LI, "商机 列表 线索 第3页"))).toContain("没有第 3 页：一共 2 页");
  });

  it("says which words it did not understand, and writes nothing", async () => {
    const before = await h.t.db.auditLog.count();
    expect(textOf(await h.say(AMY, "deal list shiny ones"))).toMatch(/did not understand “shiny ones”/);
    expect(textOf(await h.say(LI, "商机 列表 金额大于很多"))).toContain("读不出来");
    expect(await h.t.db.auditLog.count()).toBe(before);
  });
});

describe("closing ranges", () => {
  it("are whole local weeks and months", () => {
    const week = closingRange("this-week", NOW, "Asia/Shanghai");
    expect(week.from.toISOString()).toBe("2026-11-22T16:00:00.000Z");
    expect(week.to.toISOString()).toBe("2026-11-29T16:00:00.000Z");
    const next = closingRange("next-week", NOW, "Asia/Shanghai");
    expect(next.from.toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(next.to.toISOString()).toBe("2026-12-06T16:00:00.000Z");
    const month = closingRange("next-month", NOW, "America/New_York");
    expect(month.from.toISOString()).toBe("2026-12-01T05:00:00.000Z");
    expect(month.to.toISOString()).toBe("2027-01-01T05:00:00.000Z");
  });
});
