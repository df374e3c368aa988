// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";
import { parseSentence } from "./parse-sentence.js";

/** Probe 26 (120 rep messages typed in the evening): Thu 11 Mar 2027, 19:50 Shanghai. */
const EVENING = new Date("2027-03-11T11:50:00Z");
const parse = (text: string) => parseSentence(text, { now: EVENING, timezone: "Asia/Shanghai" });
const amount = (text: string) => {
  const a = parse(text).amount;
  return a ? { minor: a.minor, change: a.change ?? null } : null;
};

describe("figures", () => {
  it.each([
    // more units priced each are what is added ($110,000 on a $80,000 deal, not $30,000)
    ["Globex wants 20 more seats @ $1,500 each, updating deal", { minor: 3_000_000, change: "up" }],
    ["Initech adding 10 extra licenses at $200 each", { minor: 200_000, change: "up" }],
    ["Globex signed 20 seats @ $1,500 each", { minor: 3_000_000, change: null }],
    // the deal's value said outright beats a fee named first
    ["Globx - agreed to waive the $5k setup fee, so deal is 75k now", { minor: 7_500_000, change: null }],
    ["waived the $5k fee, total now 120k", { minor: 12_000_000, change: null }],
  ])("%s", (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });
});

describe("kinds and names", () => {
  it("a voicemail left for an office is a call, not a visit", () => {
    expect(parse("Left vm for Tencent's NY office, will retry tmrw 10am").activity).toBe("call");
  });

  it.each([
    ["BYD North America - met at the EV expo, wants intro call first week of Jan", "EV"],
    ["met their CTO at the AWS summit last week", "AWS"],
  ])("an event's name is no customer: %s", (text, notName) => {
    expect(extractNames(text).companyHints).not.toContain(notName);
  });
});
