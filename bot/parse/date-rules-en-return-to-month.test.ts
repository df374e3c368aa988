import { describe, expect, it } from "vitest";
import { parseDates, parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "spoke to Dana (Initech CFO) – she needs sign-off from the board, revisit jan" set no follow-up:
// chrono reads a short month alone only after "in".
const followUpOf = (text: string, now: Date, zone: string) => {
  const at = parseSentence(text, { now, timezone: zone }).followUp?.at;
  return at ? localStamp(at, zone).slice(0, 10) : null;
};

describe("a month after a verb of coming back to it is the coming one", () => {
  const december = new Date("2026-12-06T02:00:00Z");
  const march = new Date("2027-03-10T02:00:00Z");
  it.each([
    ["spoke to Dana (Initech CFO) – she needs sign-off from the board, revisit jan", december, NEW_YORK, "2027-01-04"],
    ["called Initech, revisit jan", december, SHANGHAI, "2027-01-04"],
    ["call w/ Globex, circle back feb", december, NEW_YORK, "2027-02-01"],
    ["met Contoso, touch base early march", december, SHANGHAI, "2027-03-01"],
    ["Fabrikam on hold, pick it back up apr", december, SHANGHAI, "2027-04-01"],
    ["Initech budget frozen, revisit Feb", march, NEW_YORK, "2028-02-01"],
    ["called Globex, follow up jun", march, SHANGHAI, "2027-06-01"],
  ])("%s → %s", (text, now, zone, day) => {
    expect(followUpOf(text, now, zone)).toBe(day);
  });

  it.each(["talked to Jan from Globex", "called Initech, follow up with Jan next week", "met Initech, Mar was there too"])("no month: %s", (text) => {
    const at = followUpOf(text, december, SHANGHAI);
    expect(at === null || !/^2027-0[13]-0[14]$/u.test(at)).toBe(true);
  });
});

// The public suite's "I'll be out this September" (said in November) became next September when a plan's
// month was made the coming one: "this <month>" is this year's.
describe("this <month> is this year's, in a plan too", () => {
  const november = new Date("2026-11-09T02:00:00Z");
  it.each([
    ["I'll be out this September", "2026-09-01"],
    ["revisit in September", "2027-09-01"],
  ])("%s → %s", (text, day) => {
    const d = parseDates(text, { now: november, timezone: SHANGHAI }).dates[0];
    expect(d && localStamp(d.at, SHANGHAI).slice(0, 10)).toBe(day);
  });
});
