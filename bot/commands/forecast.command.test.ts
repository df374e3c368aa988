import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { periodRange, takePeriod } from "./forecast-period.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai. 李雷 and Amy in team north; BOSS is the admin.
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness();
  await h.say(LI, "客户 添加 腾讯");
  await h.say(LI, "客户 添加 小米");
  await h.say(LI, "商机 新建 华为 50万 方案报价"); // #1, 50%
  await h.say(LI, "商机 1 预计成交 11月30日");
  await h.say(LI, "商机 新建 腾讯 10万 商务谈判"); // #2, 75% → commit
  await h.say(LI, "商机 2 预计成交 11月28日");
  await h.say(LI, "商机 新建 小米 20万"); // #3, no close date
  await h.say(LI, "商机 新建 小米 30万 赢单"); // #4, won today
  await h.say(AMY, "deal new Acme Corp 40k proposal"); // #5, USD, next month
  await h.say(AMY, "deal 5 close date Dec 15");
});
afterEach(async () => {
  await h.close();
});

describe("forecast", () => {
  it("weights this month's expected deals by probability, with commit, best case and won; names the undated ones", async () => {
    const text = textOf(await h.say(LI, "预测 我的"));
    expect(text).toContain("销售预测 · 2026年11月 · 我的");
    // 50万 × 50% + 10万 × 75% = 32.5万; commit: 10万 (75%); best case 60万; won 30万.
    expect(text).toContain("李雷 · 2 个商机 · 加权 ¥325,000 · 确定 ¥100,000 · 最好 ¥600,000 · 已赢 ¥300,000");
    expect(text).toContain("另有 1 个进行中的商机没有预计成交日期");
  });

  it("uses a deal's own probability over its stage's", async () => {
    await h.say(LI, "商机 1 赢率 80%");
    expect(textOf(await h.say(LI, "预测 我的"))).toContain("加权 ¥475,000 · 确定 ¥600,000");
  });

  it("next month and the team: per rep and a total, per currency", async () => {
    await h.say(BOSS, "user role 李雷 manager");
    const text = textOf(await h.say(LI, "forecast next month team"));
    expect(text).toContain("销售预测 · 2026年12月 · 团队"); // 李雷 reads Chinese
    expect(text).toContain("Amy Chen · 1 个商机 · 加权 US$20,000");
    const quarter = textOf(await h.say(AMY, "forecast this quarter"));
    expect(quarter).toContain("Forecast · Q4 2026 · mine");
    expect(quarter).toContain("Amy Chen · 1 deal · weighted $20,000");
  });

  it("refuses a rep the team's or everyone's forecast", async () => {
    expect(textOf(await h.say(AMY, "forecast all"))).toMatch(/permission/i);
  });
});

describe("forecast periods", () => {
  it("reads the period words and ranges in the zone", () => {
    expect(takePeriod(["this", "quarter", "team"])).toEqual({ period: "this-quarter", rest: ["team"], named: true });
    expect(takePeriod(["下季度"])).toMatchObject({ period: "next-quarter", rest: [] });
    expect(takePeriod(["mine"])).toMatchObject({ period: "this-month", named: false });
    const now = new Date("2026-11-25T02:00:00Z");
    const q = periodRange("next-quarter", now, "Asia/Shanghai");
    expect([q.from.toISOString(), q.to.toISOString()]).toEqual(["2026-12-31T16:00:00.000Z", "2027-03-31T16:00:00.000Z"]);
    const y = periodRange("this-year", now, "America/New_York");
    expect([y.from.toISOString(), y.to.toISOString()]).toEqual(["2026-01-01T05:00:00.000Z", "2027-01-01T05:00:00.000Z"]);
    expect(takePeriod(["last", "year", "mine"])).toEqual({ period: "last-year", rest: ["mine"], named: true });
    expect(takePeriod(["明年", "团队"])).toMatchObject({ period: "next-year", rest: ["团队"] });
    const last = periodRange(takePeriod(["去年"]).period, now, "Asia/Shanghai");
    expect([last.from.toISOString(), last.to.toISOString(), last.months]).toEqual(["2024-12-31T16:00:00.000Z", "2025-12-31T16:00:00.000Z", 12]);
    const next = periodRange("next-year", now, "Asia/Shanghai");
    expect([next.from.toISOString(), next.to.toISOString()]).toEqual(["2026-12-31T16:00:00.000Z", "2027-12-31T16:00:00.000Z"]);
  });
});

describe("forecast with nothing expected", () => {
  it("shows no amount, not a zero in some currency, where nothing is expected", async () => {
    await h.say(AMY, "deal new Acme Corp 10k won");
    expect(textOf(await h.say(AMY, "forecast"))).toContain("Amy Chen · 0 deals · weighted — · commit — · best case — · won $10,000"); // deal 5 closes in December
  });
});
