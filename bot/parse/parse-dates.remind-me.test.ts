import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai. "腾讯月底前要报价，提醒我下周五下午3点" set the follow-up on 30 November at 09:00.
const NOW = new Date("2026-11-25T02:00:00Z");
const followUp = (text: string, timezone = "Asia/Shanghai") => {
  const parsed = parseDates(text, { now: NOW, timezone });
  return parsed.followUp && localStamp(parsed.followUp.at, timezone);
};

describe("the rep's own reminder time outranks the other dates of the message", () => {
  it.each([
    ["腾讯月底前要报价，提醒我下周五下午3点", "2026-12-04 15:00"],
    ["京东下周要方案，提醒我周一上午10点", "2026-11-30 10:00"],
    ["华为 下周报价，周四上午提醒我", "2026-11-26 09:00"],
    ["月底前签合同，下周一下午两点提醒我一下", "2026-11-30 14:00"],
    ["Globex wants pricing by Friday, remind me Thursday 3pm", "2026-11-26 15:00"],
    ["Initech decision next month, remind me on Dec 1st at 10am", "2026-12-01 10:00"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });

  it.each([
    ["腾讯要报价，周四下午提醒我", "2026-11-26"],
    ["Globex wants pricing by Friday", "2026-11-27"],
  ])("%s still → %s", (text, day) => {
    expect(followUp(text)?.slice(0, 10)).toBe(day);
  });
});

describe("a plan with a reminder said: the reminder is the follow-up", () => {
  it.each(["明天上午提醒我，下周三华为来公司", "下周三华为来公司，明天上午提醒我"])("%s", (text) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")).toBe("2026-11-26 09:00");
  });
});
