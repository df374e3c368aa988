import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Probe 57 (March 2027: customers changing contacts, counter-offers, competitors).
const now = new Date("2027-03-09T02:30:00Z"); // Tuesday 10:30 in Shanghai, Monday 21:30 in New York
const parse = (text: string, zone: string, names: string[]) => parseSentence(text, { now, timezone: zone, names });

describe("what they asked for in a call reports the call", () => {
  it.each([
    ["美的电话里要打九折，我说回去申请一下，明天给答复", "call", false],
    ["华为电话里说要降价，下周再谈", "call", false],
    ["美的微信上要报价单", "note", false],
    ["明天电话里要跟美的确认", "call", true],
  ])("%s → %s", (text, kind, planned) => {
    const parsed = parse(text, "Asia/Shanghai", ["美的", "华为"]);
    expect([parsed.activity, parsed.planned]).toEqual([kind, planned]);
  });
});

describe("a cut the customer asks about is no value; one we agree to is", () => {
  it.each([
    ["比亚迪采购打电话说用友报了180万，问我们能不能降到200万以下，我明天上午11点回他", null],
    ["小米问能不能降到90万", null],
    ["比亚迪问能不能降到150万，我说可以，就按150万签", 150_000_000],
    ["客户要求降到150万，老板同意了", 150_000_000],
  ])("%s → %s", (text, minor) => {
    expect(parse(text, "Asia/Shanghai", ["比亚迪", "小米"]).amount?.minor ?? null).toBe(minor);
  });
});

describe("an appointment asked for, and a bound in what they said, are ahead", () => {
  it.each([
    ["Hooli emailed: going with Salesforce 😞 asked for a debrief call Fri", "2027-03-12 09:00"],
    ["they requested a follow-up meeting on Thu", "2027-03-11 09:00"],
    ["Globex said nothing moves before Memorial Day, circle back the Tue after", "2027-06-01 09:00"],
    ["Initech said they'll decide after Thanksgiving", "2027-11-26 09:00"],
  ])("%s → %s", (text, stamp) => {
    const parsed = parse(text, "America/New_York", ["Hooli", "Globex", "Initech"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "America/New_York")).toBe(stamp);
  });

  it.each(["had the debrief call Fri", "Globex said they signed before Christmas"])("a report keeps its day gone: %s", (text) => {
    expect(parse(text, "America/New_York", ["Globex"]).followUp).toBeNull();
  });
});

describe("our latest figure, the figure agreed or the price after the discount is the deal's value", () => {
  it.each([
    ["Globex countered at 65k, I came back with 70k, they'll revert by quarter end", "America/New_York", 7_000_000],
    ["Pied Piper countered at 40k, I came back w/ 46k. mtg Thurs 4pm to close the gap", "America/New_York", 4_600_000],
    ["阿里巴巴今天打电话来砍价，想从120万降到100万，最后谈成110万", "Asia/Shanghai", 110_000_000],
    ["腾讯的报价单邮件发了，总价65万，打完9折是58.5万", "Asia/Shanghai", 58_500_000],
    ["报价80万，折后价72万", "Asia/Shanghai", 72_000_000],
  ])("%s → %s", (text, zone, minor) => {
    expect(parse(text, zone, ["Globex", "Pied Piper", "阿里巴巴", "腾讯"]).amount?.minor).toBe(minor);
  });
});

describe("'quarter end' said the other way round is the quarter's last day", () => {
  it.each([
    ["Globex will revert by quarter end", "2027-03-31"],
    ["decision by quarter-end", "2027-03-31"],
  ])("%s → %s", (text, day) => {
    const parsed = parse(text, "America/New_York", ["Globex"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "America/New_York").slice(0, 10)).toBe(day);
  });

  it("quarter-end numbers are no day", () => {
    expect(parse("quarter end numbers look good", "America/New_York", []).followUp).toBeNull();
  });
});

describe("the customer coming to us is a meeting, however it is said", () => {
  it.each([
    ["联想的IT经理昨天下午来公司拜访，聊了两个小时，想Q2上线", ["联想"], "meeting"],
    ["华为的人今天来我们公司拜访了", ["华为"], "meeting"],
    ["NIO came by the office yesterday w/ 3 ppl, demo'd analytics", ["NIO"], "meeting"],
    ["Globex came to the office this morning for the workshop", ["Globex"], "meeting"],
    ["今天去联想拜访了", ["联想"], "visit"],
  ])("%s → %s", (text, names, kind) => {
    expect(parse(text, /\p{Script=Han}/u.test(text) ? "Asia/Shanghai" : "America/New_York", names).activity).toBe(kind);
  });
});

describe("the likely day said right after an 'asap' is the step", () => {
  it.each([
    ["Fabrikam lunch yesterday, their CIO is leaving end of month 😬 need to meet the replacement asap, prob next week", "America/New_York", "2027-03-15"],
    ["尽快约京东，估计下周三", "Asia/Shanghai", "2027-03-17"],
    ["call Fabrikam asap", "Asia/Shanghai", "2027-03-09"],
  ])("%s → %s", (text, zone, day) => {
    const parsed = parse(text, zone, ["Fabrikam", "京东"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, zone).slice(0, 10)).toBe(day);
  });
});
