import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// 华为 (李雷, team north) and Acme Corp (Amy, team south).
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(BOSS, "user team 李雷 north");
  await h.say(BOSS, "user team Amy Chen south");
  await h.say(BOSS, "客户 转移 华为 李雷");
  await h.say(BOSS, "company transfer Acme Corp Amy Chen");
  await h.say(LI, "跟华为王芳通了电话，她要报价单和交付排期");
  await h.say(LI, "拜访了华为，聊了机房改造");
  await h.say(AMY, "called Acme Corp, they need the pricing sheet before the board meeting");
});
afterEach(async () => {
  await h.close();
});

describe("search finds words in logged activities", () => {
  it("finds Chinese words anywhere in the text, and every word must occur", async () => {
    const text = textOf(await h.say(LI, "搜索 报价单"));
    expect(text).toContain("活动");
    expect(text).toContain("她要报价单和交付排期");
    expect(text).not.toContain("机房改造");
    expect(textOf(await h.say(LI, "搜索 王芳 排期"))).toContain("她要报价单");
    expect(textOf(await h.say(LI, "搜索 王芳 机房"))).not.toContain("活动:");
  });

  it("finds English words by their beginning, case-insensitively", async () => {
    expect(textOf(await h.say(AMY, "search PRICING sheet"))).toContain("pricing sheet before the board");
    expect(textOf(await h.say(AMY, "search boa"))).toContain("board meeting");
  });

  it("shows only activities on customers the asker may see", async () => {
    expect(textOf(await h.say(AMY, "search 报价单"))).not.toContain("她要报价单");
    expect(textOf(await h.say(LI, "search pricing"))).not.toContain("pricing sheet");
    expect(textOf(await h.say(BOSS, "search pricing"))).toContain("pricing sheet");
  });

  it("reads the index, which follows undo and is filled for activities logged before it existed", async () => {
    expect(await h.t.db.activityTerm.count()).toBe(0); // nothing indexed until a search or a scheduler tick
    await h.say(LI, "搜索 机房");
    expect(await h.t.db.activity.count({ where: { termsIndexed: false } })).toBe(0);
    expect(await h.t.db.activityTerm.count({ where: { term: "机房" } })).toBe(1);
    await h.say(LI, "跟华为通了电话，机房下周验收");
    await h.say(LI, "撤销");
    expect(textOf(await h.say(LI, "搜索 验收"))).not.toContain("机房下周验收");
    expect(await h.t.db.activityTerm.count({ where: { term: "验收" } })).toBe(0);
  });
});
