import { afterEach, beforeEach, expect, it } from "vitest";
import { AMY, LI, type Harness, NOW, createHarnessWithCompanies } from "../../test/bot-harness.js";
import { localStamp } from "../parse/test-support.js";

/**
 * Probe: "拜访了京东，下周一报价" then "哦不对，是小米" on a bot whose clock is not the wall clock (an acceptance
 * run) re-logged the sentence as of the database's wall clock: the visit dated that real day, the follow-up a past
 * Monday. It is read again as of when it was said, on the bot's clock. NOW is Wednesday 2026-11-25 10:00 in Shanghai.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "客户 添加 小米");
  await h.say(LI, "客户 添加 京东");
  await h.say(AMY, "company add Globex");
});
afterEach(() => h.close());

it.each([
  [LI, "拜访了京东，下周一报价", "哦不对，是小米", "小米", "2026-11-30"],
  [AMY, "called Acme Corp, follow up friday", "sorry, I meant Globex", "Globex", "2026-11-27"],
] as const)("%s: %s, then %s", async (who, first, fix, company, due) => {
  await h.say(who, first);
  await h.say(who, fix);
  const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
  expect(activity.company?.name).toBe(company);
  expect(localStamp(activity.occurredAt, "Asia/Shanghai").slice(0, 10)).toBe(localStamp(NOW, "Asia/Shanghai").slice(0, 10));
  const followUp = await h.t.db.followUp.findFirstOrThrow();
  expect(localStamp(followUp.dueAt, "Asia/Shanghai").slice(0, 10)).toBe(due);
});
