import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "今天拜访京东，客户对方案比较满意" logged the visit and set a follow-up an hour later: told with what came of
// it, "today" is when it was held.
const WED_15 = new Date("2026-12-09T07:00:00Z");
const read = (text: string, zone = SHANGHAI) => {
  const p = parseSentence(text, { now: WED_15, timezone: zone });
  return { activity: p.activity, planned: p.planned, followUp: p.followUp ? localStamp(p.followUp.at, zone) : null };
};

describe("today said with the held activity and what came of it sets no follow-up", () => {
  it.each([
    ["今天拜访京东，客户对方案比较满意", "visit"],
    ["今天打电话给京东，他们还在比价", "call"],
    ["今天见了京东的王总，聊得不错", "meeting"],
    ["today called Globex, they liked the demo", "call"],
  ])("%s", (text, activity) => {
    expect(read(text, /[a-z]/u.test(text) ? NEW_YORK : SHANGHAI)).toMatchObject({ activity, planned: false, followUp: null });
  });

  it.each([
    // a later day is still the follow-up
    ["今天拜访京东，明天再联系", "2026-12-10 09:00"],
    ["今天拜访京东，客户很满意，周五出方案", "2026-12-11 09:00"],
    // said alone it may be today's plan: the follow-up stays
    ["今天拜访京东", "2026-12-09 16:00"],
    ["今天给华为发报价", "2026-12-09 16:00"],
    // a plan for today said outright
    ["今天要给腾讯回电话，他们等着", "2026-12-09 16:00"],
  ])("%s → %s", (text, due) => {
    expect(read(text).followUp).toBe(due);
  });
});
