// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

// Sunday 2027-01-31 20:15 in New York, Monday 2027-02-01 09:15 in Shanghai
const NOW = new Date("2027-02-01T01:15:00Z");
const NAMES = ["Northwind Traders", "Northwind", "华为", "Globex", "阿里巴巴"];
const parse = (text: string, timezone = "Asia/Shanghai") => parseSentence(text, { now: NOW, timezone, names: NAMES });
const local = (d: Date, timezone: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: timezone, dateStyle: "short", timeStyle: "short" }).format(d);

// Probe 24: "Northwind at 3 tmrw" logged a note, as if something had happened, beside the follow-up.
describe("a customer and a clock time alone are an appointment", () => {
  it.each([
    ["Northwind at 3 tmrw", "America/New_York", "2027-02-01 15:00"],
    ["Globex @ 10am fri", "Asia/Shanghai", "2027-02-05 10:00"],
    ["华为 明天下午3点", "Asia/Shanghai", "2027-02-02 15:00"],
    ["明天下午两点 阿里巴巴", "Asia/Shanghai", "2027-02-02 14:00"],
    ["w/ Globex thu 4pm", "Asia/Shanghai", "2027-02-04 16:00"],
    // a short form not masked, or a prospect, written in capitals
    ["Northwind at 3 tmrw", "Asia/Shanghai", "2027-02-02 15:00"],
    ["Hooli at 3 tmrw", "Asia/Shanghai", "2027-02-02 15:00"],
  ])("%s", (text, timezone, at) => {
    const parsed = parse(text, timezone);
    expect([parsed.activity, parsed.planned]).toEqual(["meeting", true]);
    expect(parsed.followUp && local(parsed.followUp.at, timezone)).toBe(at);
  });

  it.each([
    // a day without a clock time is a reminder, not an appointment
    "Globex tomorrow",
    // anything else said is what the note keeps
    "Globex 3pm tomorrow, they want a discount",
    "华为 明天下午3点 报价",
    // no name at all
    "at 3 tmrw",
    "明天下午3点 报价",
  ])("not an appointment alone: %s", (text) => {
    expect(parse(text).planned).toBe(false);
  });
});

// Probe 25: "阿里巴巴 今天下午四点的会推迟到明天同一时间" logged a note; the meeting moved is a meeting ahead.
describe("a meeting moved (的会推迟到…)", () => {
  it.each([
    ["阿里巴巴 今天下午四点的会推迟到明天同一时间", "2027-02-02 16:00"],
    ["阿里巴巴明天的会改到周五下午", "2027-02-05 14:00"],
    ["华为周三的会挪到下周一上午10点", "2027-02-08 10:00"],
  ])("%s", (text, at) => {
    const parsed = parse(text);
    expect([parsed.activity, parsed.planned]).toEqual(["meeting", true]);
    expect(parsed.followUp && local(parsed.followUp.at, "Asia/Shanghai")).toBe(at);
  });
});

// Probe 25: "renewal is due end of Jan, start conversation next week" followed up at the end of January.
describe("the step the rep names comes before a later due date", () => {
  it.each([
    ["Globex renewal is due end of Feb, start conversation next week", "2027-02-08"],
    ["Globex contract expires in March, kick off renewal talks next week", "2027-02-08"],
  ])("%s", (text, day) => {
    expect(local(parse(text).followUp!.at, "Asia/Shanghai").slice(0, 10)).toBe(day);
  });
});

// Probe 24: "…, reach out this week" set no follow-up ("call them this week" did).
describe("reaching out is a step", () => {
  it.each([
    ["got a referral to Wayne Enterprises from the Globex guys, reach out this week", "2027-02-05"],
    ["reach out to Globex next week", "2027-02-08"],
    ["get in touch with 华为 this week", "2027-02-05"],
  ])("%s", (text, day) => {
    expect(local(parse(text).followUp!.at, "Asia/Shanghai").slice(0, 10)).toBe(day);
  });

  it("a reaching out reported is none", () => {
    expect(parse("Globex reached out last week").followUp).toBeNull();
  });
});
