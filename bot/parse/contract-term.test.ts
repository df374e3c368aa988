// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/** "Fabrikam quote: $3k/month for 24 months" set a follow-up in 2028: the contract's term was read as a date. */
const WED_NY = new Date("2026-12-09T07:00:00Z"); // Wed 9 Dec 02:00 New York, 15:00 Shanghai

const follow = (text: string, timezone: string): string | null => {
  const f = parseSentence(text, { now: WED_NY, timezone }).followUp;
  return f ? localStamp(f.at, timezone) : null;
};

describe("how long a contract runs is no date", () => {
  it.each([
    ["Fabrikam quote: $3k/month for 24 months", NEW_YORK],
    ["Fabrikam quote: $3k/month for 24 months", SHANGHAI],
    ["quoted 2k per month for 12 months", NEW_YORK],
    ["quote 5k/mo for 18 mos", NEW_YORK],
    ["Globex: $800 a month for 36 months", SHANGHAI],
    ["license for 12 months", NEW_YORK],
    ["Initech subscription for six months at 2k", SHANGHAI],
    ["they want to sign for 24 months", NEW_YORK],
    ["support contract for twelve months", SHANGHAI],
    // terms of years and Chinese terms were already no date: kept that way
    ["signed for 3 years", NEW_YORK],
    ["Globex wants a 3-year contract", NEW_YORK],
    ["Initech signing a 24-month term at 5k/mo", NEW_YORK],
    ["$500/month, 12 month contract", SHANGHAI],
    ["签三年，每年50万", SHANGHAI],
    ["华为签三年合同", SHANGHAI],
    ["签了3年的合同", SHANGHAI],
    ["续约两年", SHANGHAI],
  ])("%s", (text, timezone) => {
    expect(follow(text, timezone)).toBeNull();
  });
});

describe("near misses: a length that says when to come back, or a real offset, stays a date", () => {
  it.each([
    ["they're out for 2 weeks", NEW_YORK, "2026-12-23 09:00"],
    ["pilot for 3 months then decide", NEW_YORK, "2027-03-09 09:00"],
    ["trial at $2k/month for 3 months", NEW_YORK, "2027-03-09 09:00"],
    ["quote sent, $3k/month, follow up in 2 months", NEW_YORK, "2027-02-09 09:00"],
    ["follow up in 3 months", SHANGHAI, "2027-03-09 09:00"],
    // a delay: its end is when to come back
    ["Globex contract renewal pushed back for 2 months", NEW_YORK, "2027-02-09 09:00"],
    ["Globex pricing decision postponed for 3 months", NEW_YORK, "2027-03-09 09:00"],
    ["Initech put the license renewal on hold for 2 months", NEW_YORK, "2027-02-09 09:00"],
  ])("%s", (text, timezone, due) => {
    expect(follow(text, timezone)).toBe(due);
  });
});
