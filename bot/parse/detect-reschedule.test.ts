import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { reschedulesTo } from "./detect-reschedule.js";

const now = new Date("2026-12-05T05:00:00Z");
const moves = (text: string) => {
  const parsed = parseSentence(text, { now, timezone: "Asia/Shanghai" });
  return parsed.followUp !== null && reschedulesTo(text, parsed.followUp.text);
};

describe("a new date for something already arranged", () => {
  it.each([
    "华为的报价推迟到下周四",
    "把和华为的会改到周五下午3点",
    "客户要求延期到下个月10号",
    "华为的会议提前到明天上午",
    "腾讯那边说演示往后推到下周三",
    "和小米的电话改在周一上午10点",
    "比亚迪的拜访顺延到下周二",
    "阿里的会挪到后天",
    "pushed the Globex call to Thursday 3pm",
    "moved the Acme demo from tuesday to thursday",
    "Globex asked to reschedule to next Monday",
    "postponed the Globex meeting until Jan 5",
    "Acme pushed it back to next week",
    "we moved the Stark review to Friday",
    "bumped the Umbrella sync to tomorrow 2pm",
    "rescheduled Globex for next Tuesday",
  ])("%s", (text) => expect(moves(text)).toBe(true));
});

describe("dates that are no move", () => {
  it.each([
    "跟华为通了电话，下周二报价",
    "华为预算调整到180万，下周四再聊",
    "called Acme, they want a quote next Tuesday",
    "Globex is ready to move forward, contract next week",
    "met Globex, next meeting on Friday",
    "华为改成A类客户",
    "约了腾讯明天下午开会",
    "call Stark to discuss the move next Monday",
  ])("%s", (text) => expect(moves(text)).toBe(false));
});
