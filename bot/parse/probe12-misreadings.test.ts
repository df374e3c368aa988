// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectListRequest } from "./detect-list-request.js";
import { detectQuestion } from "./detect-question.js";
import { extractNames } from "./extract-names.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe 12 (140 rep messages typed on a Friday evening): Fri 18 Dec 2026, 17:30 Shanghai. */
const FRI = new Date("2026-12-18T09:30:00Z");
const parse = (text: string) => parseSentence(text, { now: FRI, timezone: SHANGHAI });
const due = (text: string) => {
  const f = parse(text).followUp;
  return f ? localStamp(f.at, SHANGHAI) : null;
};

describe("follow-ups that were lost or put on the wrong day", () => {
  it.each([
    // "mon" followed by what the step is about
    ["quick call w/ Initech's VP of ops, f/u mon re pricing", "2026-12-21 09:00"],
    ["f/u mon about pricing", "2026-12-21 09:00"],
    ["call mon to discuss terms", "2026-12-21 09:00"],
    // a wait typed "2wks"
    ["Fabrikam zoom w/ their CTO, they need 2wks to decide", "2027-01-01 09:00"],
    ["they need 2 weeks to decide", "2027-01-01 09:00"],
    ["it'll take Initech 2 weeks to decide", "2027-01-01 09:00"],
    // our own call before the customer's deadline, in one clause
    ["比亚迪下周五之前要答复 周四下午再打个电话确认", "2026-12-24 14:00"],
    ["下周五之前要答复，周四下午再打个电话确认", "2026-12-24 14:00"],
    // a call they asked for is ahead (it was logged as held last Tuesday)
    ["Pied Piper asked if we can do a call at 9am their time on tue (they're in SF)", "2026-12-22 09:00"],
    ["asked if we could have a meeting next week", "2026-12-21 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
  it.each(["wed like to see a demo", "wed love to join"])("%s names no day", (text) => {
    expect(due(text)).toBeNull();
  });
});

describe("what was done and what is only arranged", () => {
  it.each([
    ["Pied Piper asked if we can do a call at 9am their time on tue (they're in SF)", "call", true],
    ["跟京东约好了下周一下午两点去他们那儿做演示", "visit", true],
    ["和比亚迪吃饭刘经理说年后启动项目预算一百五十万左右", "meeting", false],
    ["sent Contoso the follow-up deck", "email", false],
    ["sent Contoso the followup deck", "email", false],
  ] as const)("%s → %s, planned %s", (text, kind, planned) => {
    const p = parse(text);
    expect([p.activity, p.planned]).toEqual([kind, planned]);
  });
  it("a plan said before a meal stays a plan", () => {
    expect(parse("明天和比亚迪吃饭刘经理说要带上方案").planned).toBe(true);
  });
});

describe("asks, not reports", () => {
  it.each([
    ["上周拜访阿里巴巴的记录帮我查一下", "阿里巴巴"],
    ["帮我看看上周拜访华为的记录", "华为"],
  ])("%s asks about %s", (text, subject) => {
    expect(detectQuestion(text)).toEqual({ kind: "about", topic: "status", subject });
  });
  it("a visit reported is no question", () => {
    expect(detectQuestion("今天拜访了华为的记录")).toBeNull();
  });
  it.each(["下周我有哪些待跟进的客户", "do I have any follow ups due monday?", "any follow-ups due tomorrow?"])("%s asks for the follow-up list", (text) => {
    expect(detectListRequest(text)).toBe("followups");
  });
});

describe("customer names in Chinese text", () => {
  it.each([
    ["vivo的采购打电话来问价格", ["vivo"]],
    ["IBM的采购打电话来", ["IBM"]],
    ["PO下来了", []],
    ["合同批下来了", []],
  ])("%s → %j", (text, names) => {
    expect(extractNames(text).companyHints).toEqual(names);
  });
});
