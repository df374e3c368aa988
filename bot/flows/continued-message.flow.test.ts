import { afterEach, beforeEach, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI, type Person } from "../../test/bot-harness.js";

/**
 * Probe: "跟华为开完会了" then "对了，他们说预算200万不变，下周五前出方案" asked which of five customers "they"
 * were, and the follow-up was never set. A second message that points back ("they", 他们, 对方, 对了) and names
 * no customer is about the customer just logged (within half an hour).
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(AMY, "company add Initech");
});
afterEach(() => h.close());

it.each([
  [LI, "跟华为开完会了", "对了，他们说预算200万不变，下周五前出方案", "华为", 2],
  [LI, "拜访了华为", "对方说下周一给答复", "华为", 2],
  [AMY, "met initech today", "they want a quote by friday", "Initech", 2],
  [LI, "拜访了华为", "忘了说 下周三前要报价", "华为", 2],
  // an afterthought (probe: "oh and f/u tues" asked which customer); a step of the rep's own is a to-do, no second note
  [AMY, "emailed initech the deck", "oh and f/u tues", "Initech", 1],
] as [Person, string, string, string, number][])("%s: %s, then %s", async (who, first, second, company, activities) => {
  await h.say(who, first);
  await h.say(who, second);
  const followUps = await h.t.db.followUp.findMany({ include: { company: true } });
  expect(followUps.map((f) => f.company?.name)).toEqual([company]);
  expect(await h.t.db.activity.count()).toBe(activities);
});

it("without a message before it, 'they' is still asked about", async () => {
  await h.say(LI, "他们说下周五前出方案");
  expect(await h.t.db.followUp.count()).toBe(0);
});

/** Probe: "华为那单怎么样了" then "好的 下周一去拜访他们" asked which of five unrelated customers was meant. */
it.each([
  [LI, "华为那单怎么样了", "好的 下周一去拜访他们", "华为"],
  [LI, "华为进展如何", "明天去拜访一下", "华为"],
  [AMY, "what's the status of initech?", "ok, will call them tomorrow", "Initech"],
] as [Person, string, string, string][])("%s: asked %s, then %s", async (who, question, next, company) => {
  await h.say(who, question);
  expect(await h.t.db.activity.count()).toBe(0);
  await h.say(who, next);
  // a plan: only its follow-up is written, on the customer just asked about
  const followUps = await h.t.db.followUp.findMany({ include: { company: true } });
  expect(followUps.map((f) => f.company?.name)).toEqual([company]);
  expect(await h.t.db.activity.count()).toBe(0);
});

it("a customer asked about long ago, or another customer named, is not the subject", async () => {
  await h.say(LI, "华为那单怎么样了");
  await h.say(LI, "今天拜访了Acme Corp");
  expect((await h.t.db.activity.findMany({ include: { company: true } })).map((a) => a.company?.name)).toEqual(["Acme Corp"]);
  h.clock.set(new Date(h.clock.now().getTime() + 60 * 60_000));
  await h.say(LI, "华为进展如何");
  h.clock.set(new Date(h.clock.now().getTime() + 60 * 60_000));
  await h.say(LI, "明天去拜访一下");
  expect(await h.t.db.activity.count()).toBe(1);
});

/** README trial: a log on Acme Corp, then "华为那单怎么样了", then "好的 下周一去拜访他们" planned the visit at Acme Corp. */
it("the customer asked about after a log is who 'they' are; a log after the question is", async () => {
  await h.say(LI, "Acme Corp 今天 电话 下周二前回复");
  await h.say(LI, "华为那单怎么样了");
  await h.say(LI, "好的 下周一去拜访他们");
  const visitPlan = await h.t.db.followUp.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } });
  expect(visitPlan?.company?.name).toBe("华为");
  await h.say(LI, "华为那单怎么样了");
  await new Promise((resolve) => setTimeout(resolve, 5));
  await h.say(LI, "今天跟Acme Corp开会了");
  await h.say(LI, "对了，他们说下周三再聊");
  const last = await h.t.db.followUp.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } });
  expect(last?.company?.name).toBe("Acme Corp");
});
