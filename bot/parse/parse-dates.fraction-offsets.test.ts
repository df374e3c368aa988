import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES } from "./date-test-oracle.js";
import { localStamp } from "./test-support.js";

describe.each(REFERENCES)("offsets in parts of an hour ($label)", ({ now, timezone }) => {
  it.each([
    ["call back in 1/2 hour", 30],
    ["in 1/4h", 15],
    ["ping in 3/4 hr", 45],
    ["in a quarter of an hour", 15],
    ["in three quarters of an hour", 45],
    ["in 1 and a half hours", 90],
    ["in 3 and a half hrs", 210],
    ["in 5 more minutes", 5],
    ["in a couple of minutes", 2],
  ])("%s", (text, minutes) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    expect(d && localStamp(d.at, timezone)).toBe(localStamp(new Date(now.getTime() + minutes * 60000), timezone));
    expect(d?.hasTime).toBe(true);
  });
});

describe("the nth weekday of a month with its year (New York, Wed 2026-11-25)", () => {
  const now = new Date("2026-11-25T10:00:00-05:00");
  it.each([
    ["the second Tuesday of March 2029", "2029-03-13"],
    ["last Friday of June, 2028", "2028-06-30"],
    ["first Monday in September 2027", "2027-09-06"],
  ])("%s", (text, expected) => {
    const d = parseDates(text, { now, timezone: "America/New_York" }).dates[0];
    expect(d && localStamp(d.at, "America/New_York").slice(0, 10)).toBe(expected);
  });
});
