import { afterEach, beforeEach, expect, it } from "vitest";
import { AMY, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

/** Probe: "hey can u show me my pipeline" answered "no customer called 'hey u'", "what's my forecast this quarter" "no customer called 'forecast'". */
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness();
  await h.say(AMY, "deal new Acme Corp 40k proposal");
  await h.say(LI, "客户 添加 美的");
  await h.say(LI, "商机 新建 美的 50万");
});
afterEach(async () => h.close());

it.each([
  ["hey can u show me my pipeline", "pipeline mine"],
  ["pls show me my pipeline", "pipeline mine"],
  ["what's my forecast this quarter", "forecast this quarter"],
  ["show me the team forecast for next quarter?", "forecast next quarter team"],
  ["hi, could you please give me my forecast", "forecast"],
])("%s is answered as %s, and writes nothing", async (text, command) => {
  const activities = await h.t.db.activity.count();
  const expected = textOf(await h.say(AMY, command));
  expect(textOf(await h.say(AMY, text))).toBe(expected);
  expect(await h.t.db.activity.count()).toBe(activities);
});

it("本季度的销售预测 is the forecast in Chinese", async () => {
  const expected = textOf(await h.say(LI, "预测 本季度"));
  expect(textOf(await h.say(LI, "本季度的销售预测"))).toBe(expected);
});
