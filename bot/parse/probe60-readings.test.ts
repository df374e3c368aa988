import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";
import { parseSentence } from "./parse-sentence.js";

// Probe 60 (August 2027: contacts, stages and figures in many formats).
const now = new Date("2027-08-17T08:00:00Z"); // Tuesday 16:00 in Shanghai, 04:00 in New York

describe("a discount asked for on a call is not given", () => {
  it.each([
    ["Globex asked on today's call for 15% off, told them I'd check w/ my manager. Back to them tmrw 11am", null],
    ["Globex asked on today's call for 15% off, told them ok", 15],
  ])("%s → %s", (text, percent) => {
    const parsed = parseSentence(text, { now, timezone: "America/New_York", names: ["Globex"] });
    expect(parsed.amountShare?.percent ?? null).toBe(percent);
  });
});

describe("what the rep went to attend is not part of the customer's name", () => {
  it.each([
    ["今天去华为参加方案评审", "华为"],
    ["今天去阿里西溪园区参加方案评审，过了！！进入下一阶段", "阿里西溪园区"],
    ["明天去比亚迪出席他们的供应商大会", "比亚迪"],
  ])("%s → %s", (text, company) => {
    expect(extractNames(text).companyHints[0]).toBe(company);
  });
});
