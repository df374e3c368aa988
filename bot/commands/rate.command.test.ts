import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai. 李雷 (manager) and Amy in team north; 王经理 (BOSS) the admin.
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness({ liManager: true });
  await h.say(LI, "商机 新建 华为 100万 赢单");
  await h.say(AMY, "deal new Acme Corp 10k won");
});
afterEach(async () => {
  await h.close();
});

describe("exchange rates", () => {
  it("an admin sets a rate; others may read it but not set it; audited", async () => {
    expect(textOf(await h.say(LI, "汇率 设置 美元 7.1"))).toMatch(/没有权限/u);
    expect(textOf(await h.say(BOSS, "rate set USD 7.1"))).toContain("Rate set: 1 USD = 7.1 CNY");
    expect(textOf(await h.say(LI, "汇率"))).toContain("1 USD = 7.1 CNY");
    expect(await h.t.db.auditLog.count({ where: { action: "rate.set" } })).toBe(1);
    expect(textOf(await h.say(BOSS, "rate set CNY 1"))).toMatch(/base currency/u);
  });

  it("the forecast and the receivables add their total in the base currency, naming a currency without a rate", async () => {
    const before = textOf(await h.say(LI, "预测 本月 团队"));
    expect(before).toContain("没有汇率，未计入"); // USD has no rate yet: only the CNY part is in the converted total
    await h.say(BOSS, "rate set USD 7.1");
    const forecast = textOf(await h.say(LI, "预测 本月 团队"));
    // Won: ¥1,000,000 + $10,000 × 7.1 = ¥1,071,000.
    expect(forecast).toMatch(/≈ 折合 CNY：.*¥1,071,000/u);
    expect(forecast).not.toContain("未计入");
    const receivables = textOf(await h.say(LI, "应收 团队"));
    expect(receivables).toContain("≈ 折合 CNY：未回款 ¥1,071,000，逾期 ¥0");
  });
});
