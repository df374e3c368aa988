import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createNorthTeamHarness, type Harness, LI, NOW, textOf } from "../../test/bot-harness.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai. 李雷 (manager) and Amy (rep) in team north.
const DAY = 86_400_000;
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness({ liManager: true });
  await h.say(LI, "客户 添加 腾讯");
  // Opened ten days ago, moved through the stages, won today: a ten-day cycle.
  h.clock.set(new Date(NOW.getTime() - 10 * DAY));
  await h.say(LI, "商机 新建 华为 50万"); // #1
  h.clock.set(NOW);
  await h.say(LI, "商机 推进 1 需求确认");
  await h.say(LI, "商机 推进 1 方案报价");
  await h.say(LI, "商机 推进 1 赢单");
  await h.say(LI, "商机 新建 腾讯 10万 需求确认"); // #2, lost
  await h.say(LI, "商机 推进 2 输单");
  await h.say(AMY, "deal new Acme Corp 20k won"); // #3, won at once
  await h.say(AMY, "called Acme Corp about the rollout");
  await h.say(AMY, "met Acme Corp for lunch");
  await h.say(LI, "跟华为通了电话");
});
afterEach(async () => {
  await h.close();
});

describe("sales report", () => {
  it("win rate, average won deal, cycle, funnel and leaderboard for the team this month", async () => {
    const text = textOf(await h.say(LI, "报表 团队"));
    expect(text).toContain("销售报表 · 2026年11月 · 团队");
    // Won 2 (华为 ¥500,000, Acme $20,000), lost 1 → 67%; cycle (10 + 0) / 2 = 5 days.
    expect(text).toContain("赢单 2 · 输单 1 · 赢率 67% · 平均赢单金额 ¥500,000 + US$20,000 · 平均成交周期 5 天");
    // The three deals opened this month, by the furthest stage each reached: #1 won via 方案报价, #2 lost from 需求确认,
    // #3 opened as won — a stage counts every deal that got there or further.
    expect(text).toMatch(/线索: 3\n {2}需求确认: 3 · 100%\n {2}方案报价: 2 · 67%\n {2}商务谈判: 2 · 100%\n {2}赢单: 2 · 100%/u);
    expect(text).toContain("电话 2");
    expect(text).toMatch(/1\. 李雷 · 赢单 1 · ¥500,000 · 新商机 2 · 活动 1\n {2}2\. Amy Chen · 赢单 1 · US\$20,000 · 新商机 1 · 活动 2/u);
  });

  it("a rep sees their own; everyone's is for admins", async () => {
    const text = textOf(await h.say(AMY, "report"));
    expect(text).toContain("Sales report · Nov 2026 · mine");
    expect(text).toContain("Won 1 · lost 0 · win rate 100%");
    expect(text).not.toContain("李雷");
    expect(textOf(await h.say(AMY, "report all"))).toMatch(/permission/i);
    expect(textOf(await h.say(AMY, "report last month"))).toContain("No deals or activities in Oct 2026");
  });

  it("shows no amount, not a zero in some currency, for a rep who won nothing", async () => {
    await h.say(BOSS, "deal new Acme Corp 5k");
    const text = textOf(await h.say(BOSS, "report mine"));
    expect(text).toContain("average won deal —");
    expect(text).toContain("1. 王经理 · won 0 · — · new deals 1 · activities 0");
  });
});
