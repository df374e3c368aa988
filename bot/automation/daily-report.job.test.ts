import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, MGR, cardButton, cardText, createAutomationFixture } from "../../test/automation-fixture.js";
import { LI, textOf } from "../../test/bot-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai. 李雷 (rep), Amy (rep), Manager Zhou (manager) in team North.
const NOW = new Date("2026-11-25T02:00:00Z");
const at = (shanghaiHour: number) => new Date(Date.UTC(2026, 10, 25, shanghaiHour - 8));

let f: AutomationFixture;
beforeEach(async () => {
  f = await createAutomationFixture(NOW);
  await f.say(LI, "客户 添加 华为 A");
  await f.say(LI, "跟华为的张总通了电话，下周二给报价");
  await f.say(LI, "商机 新建 华为 50万");
  await f.say(LI, "跟进 添加 明天上午10点 给华为发方案");
});
afterEach(async () => {
  await f.close();
});

describe("daily reports (销售日报)", () => {
  it("the rep sees today's report from what they logged, confirms it, and a teammate's has no buttons", async () => {
    const own = await f.say(LI, "销售日报");
    const text = textOf(own);
    expect(text).toContain("📝 销售日报 · 2026-11-25 · 李雷");
    expect(text).toContain("电话 · 华为: 跟华为的张总通了电话，下周二给报价");
    expect(text).toMatch(/#\d+ 华为 ¥500,000/u);
    expect(text).toContain("给华为发方案");
    expect(text).toContain("未确认");
    const confirm = own.replies
      .flatMap((r) => (r.card ? r.card.blocks : []))
      .flatMap((b) => (b.type === "actions" ? b.buttons : []))
      .find((b) => b.actionId === "daily.confirm")!;
    expect(textOf(await f.press(LI, confirm))).toContain("已确认");
    expect((await f.t.db.dailyReport.findFirstOrThrow()).confirmedAt).not.toBeNull();
    const seen = textOf(await f.say(MGR, "daily 李雷"));
    expect(seen).toContain("✅ Confirmed");
    expect(seen).not.toContain("[1]");
  });

  it("the job sends each member who logged something their draft at 18:00 and the managers the team's at 20:00, once", async () => {
    f.clock.set(at(18));
    const drafts = await f.scheduler.runNow("daily-report");
    expect(drafts.sent).toBe(1); // only 李雷 logged anything
    const [draft] = (await f.outbox("user:li")).filter((m) => (m.reply.card?.title ?? "").includes("销售日报"));
    expect(cardText(draft!)).toContain("跟华为的张总通了电话");
    expect(cardButton(draft!, "daily.confirm").value).toBe("2026-11-25");
    await f.say(LI, "销售日报");
    await f.press(LI, { actionId: "daily.note", value: "2026-11-25" });
    expect(textOf(await f.say(LI, "华为下周要做内部评审"))).toContain("说明已加上");
    f.clock.set(at(20));
    expect((await f.scheduler.runNow("daily-report")).sent).toBe(1);
    const [team] = (await f.outbox("user:mgr")).filter((m) => (m.reply.card?.title ?? "").includes("daily reports"));
    const teamText = cardText(team!);
    expect(teamText).toContain("North daily reports · 2026-11-25");
    expect(teamText).toContain("李雷");
    expect(teamText).toContain("Note: 华为下周要做内部评审");
    expect((await f.scheduler.runNow("daily-report")).sent).toBe(0);
  });
});
