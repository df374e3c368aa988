import { describe, expect, it } from "vitest";
import { firstDate } from "./test-support.js";

const first = firstDate;

// Wednesday 2026-11-25 10:00. In 2027 Jan 15 is a Friday, Mar 12 a Friday; 2026-12-04 is a Friday.
const CASES: Array<[string, string]> = [
  ["Fri, Jan 15", "2027-01-15 09:00"],
  ["Friday-Jan-15", "2027-01-15 09:00"],
  ["this friday (dec-4)", "2026-12-04 09:00"],
  ["Jan 15, Fri", "2027-01-15 09:00"],
  ["Fri 15 January", "2027-01-15 09:00"],
  ["on Friday 12.4", "2026-12-04 09:00"],
  ["Friday 12/4", "2026-12-04 09:00"],
  ["Friday 12-4", "2026-12-04 09:00"],
  // the date wins over a weekday that does not fit either year
  ["Tuesday Dec 3", "2026-12-03 09:00"],
  ["at 3:30 PM on Fri, Mar 12", "2027-03-12 15:30*"],
  ["Fri, Mar 12 at 2pm", "2027-03-12 14:00*"],
  ["Sun, Nov 26, 2028", "2028-11-26 09:00"],
  // only next year's Nov 12 is a Friday (2026-11-12 is a Thursday)
  ["Fri, Nov 12", "2027-11-12 09:00"],
  // weekday with a bare day: a recent one is a report, otherwise the next that fits
  ["on Monday 23", "2026-11-23 09:00"],
  ["Thu 14th", "2027-01-14 09:00"],
  ["Sat 30th", "2027-01-30 09:00"],
];

describe.each([
  ["New York", new Date("2026-11-25T10:00:00-05:00"), "America/New_York"],
  ["Shanghai", new Date("2026-11-25T10:00:00+08:00"), "Asia/Shanghai"],
  ["London", new Date("2026-11-25T10:00:00Z"), "Europe/London"],
])("a weekday next to a date (%s, Wed 2026-11-25 10:00)", (_label, now, timezone) => {
  it.each(CASES)("%s", (text, expected) => {
    expect(first(text, now, timezone)).toBe(expected);
  });

  it.each(["free Monday 2-4", "free Monday 6-9"])("%s: a dash that does not fit the weekday is hours, the day is Monday", (text) => {
    expect(first(text, now, timezone)?.slice(0, 10)).toBe("2026-11-30");
  });
});
