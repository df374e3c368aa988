// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { percentChange } from "./percent-change.js";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

/**
 * Probe 37 (Sunday evening, catching up on the week): "Had a call with Globex on Thursday, they want to add 5 more
 * seats" followed up next Thursday (the span ended on its comma, so the clause read ran on into "want to"); "sent
 * over … on thurs. need to fill it out by Friday" took Thursday as a day inside the wait; "set a check-in for 6/1"
 * lost to "by July"; "华为 九五折 客户同意了" and "今天终于搞定大疆了" were not read.
 */
describe("a Sunday catch-up", () => {
  const zone = "America/New_York";
  const now = instantAt("2027-05-16T09:10", zone);
  const read = (text: string) => parseSentence(text, { now, timezone: zone });
  const stamp = (d: { at: Date } | null) => (d ? localStamp(d.at, zone).slice(0, 10) : null);

  it.each([
    ["Had a call with Globex on Thursday, they want to add 5 more seats. New total is $95k", "2027-05-13", null],
    ["met Initech on Tuesday, they need a proposal by Friday", "2027-05-11", "2027-05-21"],
    ["Contso sent over their security questionnaire by email on thurs. need to fill it out by Friday", "2027-05-13", "2027-05-21"],
    ["Talked to Fabrikam on Teams yesterday re: integration timeline. they need it by July. set a check-in for 6/1", "2027-05-15", "2027-06-01"],
  ])("%s", (text, occurred, followUp) => {
    const parsed = read(text);
    expect(stamp(parsed.occurredAt)).toBe(occurred);
    expect(stamp(parsed.followUp)).toBe(followUp);
  });
});

describe("what was agreed, and who", () => {
  it.each([
    ["华为 九五折 客户同意了 👍", 5],
    ["美的 八五折 老板批了", 15],
  ])("%s", (text, percent) => {
    expect(percentChange(text)).toEqual({ change: "down", percent });
  });

  it("九五折客户还没同意 is no change", () => {
    expect(percentChange("九五折客户还没同意")).toBeNull();
  });

  it("今天终于搞定大疆了！签了50万的单子 names 大疆", () => {
    expect(parseSentence("今天终于搞定大疆了！签了50万的单子🎉", { now: new Date("2027-05-16T13:10:00Z"), timezone: "Asia/Shanghai" }).companyHints).toEqual(["大疆"]);
  });
});

describe("a day named inside the period said first still narrows it", () => {
  it("…they want a demo next week maybe wednesday afternoon lets say 2pm", () => {
    const now = instantAt("2027-06-17T09:05", "Asia/Shanghai");
    const parsed = parseSentence("so um Northwind called me back finally they want a demo next week maybe wednesday afternoon lets say 2pm", { now, timezone: "Asia/Shanghai" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")).toBe("2027-06-23 14:00");
  });
});

describe("what came in on a day gone", () => {
  it.each([
    ["America/New_York", "Initech: voicemail from their procurement guy Mark on Friday. Call back Monday between 10 and 11", "2027-05-14", "2027-05-17 10:00"],
    ["Asia/Shanghai", "京东周二来电话投诉交付慢，已经安排技术周一上午上门处理", "2027-05-11", "2027-05-17 09:00"],
  ])("%s: %s", (zone, text, occurred, followUp) => {
    const parsed = parseSentence(text, { now: new Date("2027-05-16T13:10:00Z"), timezone: zone });
    expect(parsed.activity).toBe("call");
    expect(parsed.planned).toBe(false);
    expect(parsed.occurredAt && localStamp(parsed.occurredAt.at, zone).slice(0, 10)).toBe(occurred);
    expect(parsed.followUp && localStamp(parsed.followUp.at, zone)).toBe(followUp);
  });
});
