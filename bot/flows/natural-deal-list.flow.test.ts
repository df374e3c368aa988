import { afterEach, beforeEach, expect, it } from "vitest";
import { AMY, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai.
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness();
  await h.say(AMY, "deal new Acme Corp 40k proposal");
  await h.say(AMY, "deal 1 close date Nov 30");
  await h.say(AMY, "deal new Globex 5k");
  await h.say(LI, "客户 添加 美的");
  await h.say(LI, "商机 新建 美的 50万");
  await h.say(LI, "商机 美的 预计成交 11月28日");
});
afterEach(async () => h.close());

it("'deals closing this month' lists those deals and logs nothing", async () => {
  const activities = await h.t.db.activity.count();
  const reply = textOf(await h.say(AMY, "deals closing this month"));
  expect(reply).toContain("Acme Corp");
  expect(reply).not.toContain("Globex");
  expect(await h.t.db.activity.count()).toBe(activities);
});

it("本月成交的商机 in Chinese", async () => {
  const reply = textOf(await h.say(LI, "本月成交的商机有哪些？"));
  expect(reply).toContain("美的");
  expect(reply).not.toMatch(/没看懂|没有找到客户/u);
});

// Found in a new-user run: read as a customer called 超过两周跟进.
it.each([
  [LI, "哪些商机超过两周没跟进了"],
  [AMY, "which deals haven't been touched in 2 weeks?"],
])("%s asks for the stale-deal list and logs nothing", async (who, text) => {
  const activities = await h.t.db.activity.count();
  const asked = textOf(await h.say(who, text));
  const list = textOf(await h.say(who, who === LI ? "商机 列表 停滞" : "deal list stale"));
  expect(asked).toBe(list);
  expect(asked).not.toMatch(/没看懂|no customer|没有“/u);
  expect(await h.t.db.activity.count()).toBe(activities);
});
