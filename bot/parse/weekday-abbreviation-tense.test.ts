import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "dropped by initech on thurs w/ coffee + donuts" (Saturday) set a follow-up next Thursday; "on thursday" dated the visit.
const read = (text: string, now: Date, zone: string) => {
  const r = parseDates(text, { now, timezone: zone });
  const day = (d: { at: Date } | null) => (d ? localStamp(d.at, zone).slice(0, 10) : null);
  return { followUp: day(r.followUp), occurredAt: day(r.occurredAt) };
};

describe("short weekday names read exactly like the full ones", () => {
  const satNewYork = new Date("2026-12-12T06:00:00Z"); // Sat 01:00 New York
  const thuShanghai = new Date("2026-12-10T01:15:00Z"); // Thu 09:15 Shanghai
  it.each([
    ["dropped by initech on thurs w/ coffee + donuts", "dropped by initech on thursday w/ coffee + donuts", satNewYork, NEW_YORK],
    ["dropped by initech thur", "dropped by initech thursday", satNewYork, NEW_YORK],
    ["met initech on tues", "met initech on tuesday", satNewYork, NEW_YORK],
    ["called globex weds", "called globex wednesday", thuShanghai, SHANGHAI],
    ["call globex thurs", "call globex thursday", satNewYork, NEW_YORK],
    ["meeting initech on tues", "meeting initech on tuesday", thuShanghai, SHANGHAI],
    ["out till thurs", "out till thursday", satNewYork, NEW_YORK],
    ["called globex, follow up tues", "called globex, follow up tuesday", satNewYork, NEW_YORK],
    ["next week, maybe tues", "next week, maybe tuesday", thuShanghai, SHANGHAI],
    ["visited Contoso last thurs", "visited Contoso last thursday", thuShanghai, SHANGHAI],
    // a deadline after a report ("stark call went ok, they want a revised quote by thurs" set no follow-up)
    ["call went ok, they want a revised quote by thurs", "call went ok, they want a revised quote by thursday", satNewYork, NEW_YORK],
    ["they want a revised quote by thurs, budget around 120k", "they want a revised quote by thursday, budget around 120k", thuShanghai, SHANGHAI],
    ["met Globex, decision before weds", "met Globex, decision before wednesday", satNewYork, NEW_YORK],
  ])("%s = %s", (short, full, now, zone) => {
    expect(read(short, now, zone)).toEqual(read(full, now, zone));
  });

  it.each([
    ["dropped by initech on thurs w/ coffee + donuts", satNewYork, NEW_YORK, { followUp: null, occurredAt: "2026-12-10" }],
    ["met initech on tues", satNewYork, NEW_YORK, { followUp: null, occurredAt: "2026-12-08" }],
    ["call globex thurs", satNewYork, NEW_YORK, { followUp: "2026-12-17", occurredAt: null }],
  ])("%s", (text, now, zone, expected) => {
    expect(read(text, now, zone)).toEqual(expected);
  });
});
