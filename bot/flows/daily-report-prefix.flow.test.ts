import { afterEach, beforeEach, expect, it } from "vitest";
import { createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

/** Probe: "日报 1.电话回访华为，客户反馈良好" answered "没有找到团队'1.电话回访华为…'" and logged nothing. */
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

it.each([
  ["日报 1.电话回访华为，客户反馈良好 2.明天整理华为的报价", "call"],
  ["日报 电话回访华为", "call"],
  ["日报 1.拜访华为", "visit"],
])("%s is logged", async (text, kind) => {
  const reply = textOf(await h.say(LI, text));
  expect(reply).not.toContain("团队");
  const activities = await h.t.db.activity.findMany({ include: { company: true } });
  expect(activities.map((a) => `${a.kind}@${a.company?.name}`)).toEqual([`${kind}@华为`]);
});

it("日报 alone is still the digest", async () => {
  const reply = textOf(await h.say(LI, "日报"));
  expect(await h.t.db.activity.count()).toBe(0);
  expect(reply).toMatch(/团队|简报/u);
});
