import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai; the week began Monday 2026-11-23.
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness({ liManager: true });
});
afterEach(async () => {
  await h.close();
});

describe("weekly / 周报", () => {
  it("this week's report holds the week's records and next week's follow-ups; last week's its own", async () => {
    h.clock.set(new Date("2026-11-20T03:00:00Z")); // last Friday
    await h.say(LI, "跟华为的张总通了电话，聊了预算");
    h.clock.set(new Date("2026-11-23T03:00:00Z")); // Monday
    await h.say(LI, "拜访了华为，客户很满意");
    h.clock.set(new Date("2026-11-25T02:00:00Z"));
    await h.say(LI, "商机 新建 华为 50万");
    await h.say(LI, "跟进 添加 华为 下周二 发报价");
    const week = textOf(await h.say(LI, "周报"));
    expect(week).toContain("📝 销售周报 · 2026-11-23 – 2026-11-25 · 李雷");
    expect(week).toContain("本周跟进 (1)");
    expect(week).toContain("客户很满意");
    expect(week).not.toContain("聊了预算");
    expect(week).toMatch(/新商机\n• #1 华为 ¥500,000/u);
    expect(week).toMatch(/下周待办\n• .*发报价/u);
    const last = textOf(await h.say(LI, "周报 上周"));
    expect(last).toContain("2026-11-16 – 2026-11-22");
    expect(last).toContain("聊了预算");
    expect(last).not.toContain("客户很满意");
    // The week as people name it, in either language, with or without a teammate's name after it.
    for (const asked of ["weekly last week", "周报 上星期", "weekly last week 李雷"])
      expect(textOf(await h.say(LI, asked))).toContain("2026-11-16 – 2026-11-22");
    for (const asked of ["周报 本周", "weekly this week", "周报 这周 李雷"]) expect(textOf(await h.say(LI, asked))).toContain("2026-11-23 – 2026-11-25");
    // A manager reads a rep's; a rep may not read another team's (here: Amy reads 李雷's, same team, allowed).
    expect(textOf(await h.say(AMY, "weekly 李雷"))).toContain("Weekly report");
  });

  it("a sentence that starts with the command word is a sentence: weekly, trend, lead and campaign leave it alone", async () => {
    const before = await h.t.db.activity.count();
    const weekly = textOf(await h.say(AMY, "Weekly sync with Acme went well, they want pricing next Friday"));
    expect(weekly).not.toContain("Weekly report");
    expect(await h.t.db.activity.count()).toBe(before + 1);
    const lead = textOf(await h.say(AMY, "Lead at Acme wants a demo next week"));
    expect(lead).not.toMatch(/usage|could not read/i);
    expect(await h.t.db.lead.count()).toBe(0);
    expect(textOf(await h.say(AMY, "Campaign at Acme went live, they want more seats"))).not.toMatch(/usage|permission/i);
    expect(textOf(await h.say(AMY, "trend at Acme is worrying, usage is down"))).not.toContain("Won deals · last");
    // The commands themselves still work.
    expect(textOf(await h.say(AMY, "weekly"))).toContain("Weekly report");
    expect(textOf(await h.say(AMY, "lead pool"))).toContain("pool");
    // Spans as people say them.
    await h.say(BOSS, "user role Amy Chen manager");
    await h.say(AMY, "deal new Acme Corp 10k won");
    expect(textOf(await h.say(AMY, "trend half-year"))).toContain("Won deals · last 6 months");
    expect(textOf(await h.say(AMY, "趋势 半年"))).toContain("近 6 个月");
    expect(textOf(await h.say(AMY, "trend year team"))).toContain("last 12 months");
  });
});
