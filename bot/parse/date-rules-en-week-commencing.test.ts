import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "Fabrikam call w/c 14th" logged a call as held with no follow-up: a bare "14th" after w/c was not read.
const read = (text: string, now: Date, zone: string) => {
  const p = parseSentence(text, { now, timezone: zone });
  return { planned: p.planned, followUp: p.followUp ? localStamp(p.followUp.at, zone).slice(0, 10) : null };
};

describe("w/c, week commencing, week of: the day the week starts on", () => {
  const thu10 = new Date("2026-12-10T01:15:00Z");
  const dec20 = new Date("2026-12-20T15:00:00Z");
  it.each([
    ["Fabrikam call w/c 14th", thu10, SHANGHAI, "2026-12-14"],
    ["Fabrikam call wc 14th", thu10, SHANGHAI, "2026-12-14"],
    ["Fabrikam call week commencing 14th", thu10, NEW_YORK, "2026-12-14"],
    ["Fabrikam call week of the 14th", thu10, NEW_YORK, "2026-12-14"],
    ["Fabrikam meeting w/c 14", thu10, SHANGHAI, "2026-12-14"],
    ["demo with Initech week beginning the 4th", dec20, SHANGHAI, "2027-01-04"],
    ["demo with Initech w/c 4 Jan", dec20, NEW_YORK, "2027-01-04"],
  ])("%s → %s, planned", (text, now, zone, day) => {
    expect(read(text, now, zone)).toEqual({ planned: true, followUp: day });
  });

  it.each(["called Fabrikam, follow up w/c 14th"])("follow-up only: %s", (text) => {
    expect(read(text, thu10, SHANGHAI).followUp).toBe("2026-12-14");
  });

  // a count or a place
  it.each(["Fabrikam - wc 10 people onsite", "met Globex on the wc 14th floor"])("no date: %s", (text) => {
    expect(read(text, thu10, SHANGHAI).followUp).toBeNull();
  });
});
