import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Probe 59 (the first morning after 五一 2027, messages typed in a hurry).
const now = new Date("2027-05-06T01:40:00Z"); // Thursday 09:40 in Shanghai, Wednesday 21:40 in New York
const parse = (text: string, zone: string, names: string[]) => parseSentence(text, { now, timezone: zone, names });

describe("'in 3 wks' is ahead: the visit is planned, not logged", () => {
  it.each([
    ["Hooli onsite in 3 wks", "visit", true],
    ["Hooli demo in 2 wks", "meeting", true],
    ["visited Hooli 3 wks ago", "visit", false],
  ])("%s → %s", (text, kind, planned) => {
    const parsed = parse(text, "America/New_York", ["Hooli"]);
    expect([parsed.activity, parsed.planned]).toEqual([kind, planned]);
  });
});

describe("the 了 of an arrangement beside the plan reports nothing", () => {
  it.each([
    ["阿里巴巴王总约了5月20号上午十点，杭州拜访", false],
    ["阿里巴巴王总说价格太高，明天去拜访", true],
  ])("%s", (text, news) => {
    const parsed = parse(text, "Asia/Shanghai", ["阿里巴巴", "华为"]);
    expect(parsed.planned).toBe(true);
    expect(parsed.alsoReports).toBe(news);
  });
});

describe("'their time' with their city said elsewhere in the message", () => {
  it.each([
    ["Huawei call w/ Beijing team 9am their time Fri", "America/New_York", "2027-05-06 21:00"],
    ["call with the London office 9am their time tomorrow", "Asia/Shanghai", "2027-05-07 16:00"],
    ["call Initech at 9am their time tomorrow", "Asia/Shanghai", "2027-05-07 09:00"],
  ])("%s (%s) → %s", (text, zone, stamp) => {
    const parsed = parse(text, zone, ["Huawei", "Initech"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, zone)).toBe(stamp);
  });
});

describe("a Chinese holiday named in English with 'the' and 'holiday' / 'break'", () => {
  it.each([
    ["remind me to call Xiaomi after the Dragon Boat holiday", "2027-06-10"],
    ["follow up after golden week", "2027-10-08"],
    ["call Xiaomi after the National Day holiday", "2027-10-08"],
  ])("%s → %s", (text, day) => {
    const parsed = parse(text, "Asia/Shanghai", ["Xiaomi"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai").slice(0, 10)).toBe(day);
  });
});

describe("a question with the asking words and what to look at after it writes nothing", () => {
  it.each(["阿里的合同啥时候签？帮我查下商机阶段", "华为的报价发了吗？帮我看看"])("%s", (text) => {
    expect(detectQuestion(text)).not.toBeNull();
  });

  it("'打了个电化' is a call mistyped", () => {
    expect(parse("腾讯 刚给刘总打了个电化 他说预算砍了 只有60万", "Asia/Shanghai", ["腾讯"]).activity).toBe("call");
  });
});

describe("what they are moving is set for the day it moves to", () => {
  it.each([
    ["Pied Piper texted - pushing our call to Tues 4pm", "2027-05-11 16:00"],
    ["Hooli emailed, moving the demo to Mon 10am", "2027-05-10 10:00"],
  ])("%s → %s", (text, stamp) => {
    const parsed = parse(text, "America/New_York", ["Pied Piper", "Hooli"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "America/New_York")).toBe(stamp);
  });
});
