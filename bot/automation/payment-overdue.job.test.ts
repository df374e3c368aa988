import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, MGR, cardText, createAutomationFixture } from "../../test/automation-fixture.js";
import { LI } from "../../test/bot-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai. 李雷 (rep), Manager Zhou (manager) in team North.
const NOW = new Date("2026-11-25T02:00:00Z");
const DAY = 86_400_000;

let f: AutomationFixture;
beforeEach(async () => {
  f = await createAutomationFixture(NOW);
  await f.say(LI, "客户 添加 华为 A");
  await f.say(LI, "客户 添加 腾讯 B");
  await f.say(LI, "商机 新建 华为 50万 赢单"); // contract 1: ¥500,000 due in full on day 30
});
afterEach(async () => {
  await f.close();
});

describe("overdue payments (payment-overdue rule)", () => {
  it("an instalment unpaid 7 days after its due day alerts the owner and the manager, with a collection follow-up, once", async () => {
    await f.say(LI, "华为回款10万");
    f.clock.set(new Date(NOW.getTime() + 36 * DAY)); // 6 days late: not yet
    expect((await f.scheduler.runNow("payment-overdue")).sent).toBe(0);
    f.clock.set(new Date(NOW.getTime() + 38 * DAY));
    expect((await f.scheduler.runNow("payment-overdue")).sent).toBe(1);
    const [toLi] = await f.outbox("user:li");
    const [toMgr] = await f.outbox("user:mgr");
    expect(cardText(toLi!)).toContain("回款逾期: 合同 1 · 华为");
    expect(cardText(toLi!)).toContain("未付: ¥400,000");
    expect(cardText(toMgr!)).toContain("Payment overdue: contract 1 · 华为");
    const followUp = await f.t.db.followUp.findFirstOrThrow({ where: { title: { contains: "催款" } } });
    expect(followUp.title).toBe("催款：华为 合同 1 第 1 期");
    expect((await f.scheduler.runNow("payment-overdue")).sent).toBe(0);
  });

  it("a contract paid in full raises nothing; the digest shows the team's receivables", async () => {
    await f.say(LI, "华为回款50万");
    f.clock.set(new Date(NOW.getTime() + 40 * DAY));
    expect((await f.scheduler.runNow("payment-overdue")).sent).toBe(0);
    await f.say(LI, "商机 新建 腾讯 20万 赢单"); // contract 2, due day 70
    f.clock.set(new Date(NOW.getTime() + 80 * DAY));
    const digest = (await f.say(MGR, "digest")).replies.map((r) => (r.card ? JSON.stringify(r.card) : "")).join("\n");
    // Outstanding ¥200,000, all of it overdue on one contract; ¥500,000 of ¥700,000 due was paid → 71.4%.
    expect(digest).toContain("Receivables");
    expect(digest).toContain("CN¥200,000 · ⚠️ CN¥200,000 (1) · 71.4%");
  });
});
