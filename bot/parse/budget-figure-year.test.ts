import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "pied piper budget 1.2M for next year's rollout" set a follow-up on 4 January: the figure between "budget" and
// "for" hid that the year is what the budget is for (docs/dates.md: the year a budget is for sets no follow-up).
const followUpOf = (text: string, now: Date, zone: string) => {
  const at = parseSentence(text, { now, timezone: zone }).followUp?.at;
  return at ? localStamp(at, zone).slice(0, 10) : null;
};

describe("a budget's figure does not hide the year it is for", () => {
  const dec = new Date("2026-12-10T01:15:00Z");
  it.each([
    ["pied piper budget 1.2M for next year's rollout", NEW_YORK],
    ["Globex budget of $500k for next year", SHANGHAI],
    ["Initech budget ~200k for Q1", NEW_YORK],
    ["Globex budget approved for next year", SHANGHAI],
  ])("no follow-up: %s", (text, zone) => {
    expect(followUpOf(text, dec, zone)).toBeNull();
  });

  it.each([
    ["Globex budget 200k, follow up next year", NEW_YORK, "2027-01-04"],
    ["budget 50k for next year, call them next week", SHANGHAI, "2026-12-14"],
  ])("a next step still counts: %s", (text, zone, day) => {
    expect(followUpOf(text, dec, zone)).toBe(day);
  });
});
