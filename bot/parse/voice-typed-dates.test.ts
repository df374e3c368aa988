import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Messages dictated before a holiday: a weekday said beside its day, a day said after "节后", spaces between words.
const beforeNationalDay = new Date("2027-09-29T07:00:00Z"); // Wednesday 15:00 in Shanghai; 国庆 Oct 1–7, 调休 Sat Oct 9
const beforeMayDay = new Date("2027-04-28T02:00:00Z"); // Wednesday 10:00 in Shanghai; 五一 May 1–5
const ZONE = "Asia/Shanghai";

const followUpOf = (text: string, now: Date, zone = ZONE) => {
  const parsed = parseSentence(text, { now, timezone: zone });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

describe("a weekday said beside a day of the month is that day", () => {
  it.each([
    ["比亚迪 报价的事 十月十一号周一再发给他", "2027-10-11 09:00"],
    ["10月11号周一再发给他", "2027-10-11 09:00"],
    ["10月11日(周一)再发报价", "2027-10-11 09:00"],
    ["周一（10月11号）再发报价", "2027-10-11 09:00"],
    ["美的周总说十二号 周二 下午三点来我们公司参观", "2027-10-12 15:00"],
    ["12号周二下午三点过来", "2027-10-12 15:00"],
    ["周五 10月8号 下午2点 电话会", "2027-10-08 14:00"],
  ])("%s → %s", (text, stamp) => {
    expect(followUpOf(text, beforeNationalDay)).toBe(stamp);
  });

  it.each([
    ["follow up is oct 11 monday at 10am", "2027-10-11 10:00"],
    ["call on Oct 11 (Mon) 3pm", "2027-10-11 15:00"],
    ["had lunch with them today, follow up is oct 11 monday at 10am", "2027-10-11 10:00"],
  ])("%s → %s", (text, stamp) => {
    expect(followUpOf(text, beforeNationalDay, "America/New_York")).toBe(stamp);
  });
});

describe("a day said after '节后' narrows it", () => {
  it.each([
    ["嗯 节后那个调休的周六 就是九号上午十点 我过去签合同", beforeNationalDay, "2027-10-09 10:00"],
    ["他们今天下午提前放假走了 报价的事节后再说 九号调休上班那天给他打电话", beforeNationalDay, "2027-10-09 09:00"],
    ["他说国庆期间不方便 节后再联系 就十月十一号吧", beforeNationalDay, "2027-10-11 09:00"],
    ["我还没答应 节后再谈 十月九号调休那天 下午两点他们那边开会", beforeNationalDay, "2027-10-09 14:00"],
    ["五一后再联系 就5月10号吧", beforeMayDay, "2027-05-10 09:00"],
    ["节后再说 六号上午十点打电话", beforeMayDay, "2027-05-06 10:00"],
  ])("%s → %s", (text, now, stamp) => {
    expect(followUpOf(text, now)).toBe(stamp);
  });

  it.each([
    ["节后再联系", beforeNationalDay, "2027-10-08 09:00"],
    ["五一后再约", beforeMayDay, "2027-05-06 09:00"],
  ])("said alone it is the first working day after the break: %s → %s", (text, now, stamp) => {
    expect(followUpOf(text, now)).toBe(stamp);
  });
});

describe("然后 ends a word: the count after it is ahead", () => {
  it.each([
    ["聊了一下 他说预算批了 嗯 然后 两周之后再约", "2027-10-13"],
    ["然后 三天后给他回电话", "2027-10-02"],
  ])("%s → %s", (text, day) => {
    expect(followUpOf(text, beforeNationalDay)?.slice(0, 10)).toBe(day);
  });
});
