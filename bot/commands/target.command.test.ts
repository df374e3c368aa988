import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { keyRange, readPeriodKey } from "./target-period.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai. 李雷 (manager) and Amy in team north.
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness({ liManager: true });
});
afterEach(async () => {
  await h.close();
});

describe("targets", () => {
  it("a manager sets a rep's quarterly target; attainment counts won deals of the period, with pace", async () => {
    expect(textOf(await h.say(LI, "目标 设置 Amy Chen 2026-Q4 10万美元"))).toContain("已设置 Amy Chen 2026-Q4 的目标：US$100,000");
    await h.say(AMY, "deal new Acme Corp 30k won"); // won today, in the quarter
    await h.say(AMY, "deal new Acme Corp 20k proposal"); // open, 50%
    await h.say(AMY, "deal 2 close date Dec 20");
    const text = textOf(await h.say(AMY, "target this quarter"));
    // 30k of 100k = 30%; weighted pipeline 20k × 50% = 10k; 70k still needed, 36.6 days left to 1 January → 37.
    expect(text).toContain("Amy Chen · 2026-Q4: won $30,000 of $100,000 (30%) · weighted pipeline $10,000 · need $70,000 in 37 days");
    // Setting again replaces it; audited.
    await h.say(LI, "目标 设置 Amy Chen 2026-Q4 25000");
    expect(await h.t.db.salesTarget.count()).toBe(1);
    expect(await h.t.db.auditLog.count({ where: { action: "target.set" } })).toBe(2);
  });

  it("a team target and the default periods (month, quarter, year)", async () => {
    await h.say(LI, "目标 设置 north 本月 100万");
    await h.say(LI, "商机 新建 华为 120万 赢单");
    const text = textOf(await h.say(LI, "目标"));
    expect(text).toContain("north · 2026-11：已赢 ¥1,200,000 / 目标 ¥1,000,000（120%）");
    expect(text).toContain("✅ 已完成");
  });

  it("deals in other currencies count at the rate table's rate; a currency without a rate is named, not counted", async () => {
    await h.say(LI, "目标 设置 north 2026-Q4 100万"); // CNY target
    await h.say(AMY, "deal new Acme Corp 10k won"); // USD
    await h.say(LI, "商机 新建 华为 20万 赢单"); // CNY
    await h.say(AMY, "deal new Acme Corp 1000 EUR proposal"); // open EUR, 50%
    await h.say(AMY, "deal 3 close date Dec 20");
    let text = textOf(await h.say(LI, "目标 本季度"));
    expect(text).toContain("已赢 ¥200,000 / 目标 ¥1,000,000（20%）");
    expect(text).toMatch(/EUR, USD 的金额未计入/u);
    await h.say(BOSS, "rate set USD 7.1");
    await h.say(BOSS, "rate set EUR 7.8");
    text = textOf(await h.say(LI, "目标 本季度"));
    // Won: ¥200,000 + $10,000 × 7.1 = ¥271,000 (27%); weighted: €1,000 × 50% × 7.8 = ¥3,900.
    expect(text).toContain("已赢 ¥271,000 / 目标 ¥1,000,000（27%）");
    expect(text).toContain("¥3,900");
    expect(text).not.toContain("未计入");
    // A USD target reads CNY deals through the base currency: ¥200,000 / 7.1 = $28,169.01; + $10,000.
    await h.say(LI, "目标 设置 Amy Chen 2026-Q4 5万美元");
    await h.say(BOSS, "deal 2 owner Amy Chen");
    text = textOf(await h.say(AMY, "target this quarter"));
    expect(text).toContain("Amy Chen · 2026-Q4: won $38,169.01 of $50,000 (76%)");
  });

  it("refuses a rep, and a manager of another team; reads bad periods and amounts back", async () => {
    expect(textOf(await h.say(AMY, "target set Amy Chen 2026-Q4 1m"))).toMatch(/permission/i);
    await h.say(BOSS, "user team Amy Chen south");
    expect(textOf(await h.say(LI, "目标 设置 Amy Chen 2026-Q4 100万"))).toMatch(/没有权限/u);
    expect(textOf(await h.say(LI, "目标 设置 李雷 明年春天 100万"))).toContain("读不出期间");
    expect(textOf(await h.say(LI, "目标 设置 李雷 2026-Q4 很多"))).toContain("读不出金额");
    expect(await h.t.db.salesTarget.count()).toBe(0);
    expect(textOf(await h.say(AMY, "target"))).toContain("No targets you may see");
  });
});

describe("target periods", () => {
  const now = new Date("2026-11-25T02:00:00Z");
  it("reads explicit and relative periods", () => {
    const key = (text: string) => readPeriodKey(text.split(" "), now, "Asia/Shanghai");
    expect(key("2026-Q1")).toBe("2026-Q1");
    expect(key("2027q2")).toBe("2027-Q2");
    expect(key("Q3")).toBe("2026-Q3");
    expect(key("2026年第一季度")).toBe("2026-Q1");
    expect(key("2026-11")).toBe("2026-11");
    expect(key("11月")).toBe("2026-11");
    expect(key("2027年")).toBe("2027");
    expect(key("next quarter")).toBe("2027-Q1");
    expect(key("本月")).toBe("2026-11");
    expect(key("spring")).toBeNull();
    const q = keyRange("2026-Q4", "Asia/Shanghai");
    expect([q.from.toISOString(), q.to.toISOString()]).toEqual(["2026-09-30T16:00:00.000Z", "2026-12-31T16:00:00.000Z"]);
  });
});
