import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { firstDate } from "./test-support.js";

const first = firstDate;

describe.each([
  ["New York", new Date("2026-11-25T10:00:00-05:00"), "America/New_York"],
  ["Shanghai", new Date("2026-11-25T10:00:00+08:00"), "Asia/Shanghai"],
])("date details (%s, Wed 2026-11-25 10:00)", (_label, now, timezone) => {
  it.each([
    // a clock time written before the date belongs to it
    ["call at 16:45 January 8, 2027", "2027-01-08 16:45*"],
    ["9:15 Dec 3", "2026-12-03 09:15*"],
    ["12:30 march 2nd", "2027-03-02 12:30*"],
    ["4:10 pm Feb 9", "2027-02-09 16:10*"],
    // an amount before a month is no day
    ["paid $40 January 12", "2027-01-12 09:00"],
    ["quoted € 300 Dec 2", "2026-12-02 09:00"],
    // "next" before a day and month: the first one after today
    ["next 11/20", "2027-11-20 09:00"],
    ["next 12/1", "2026-12-01 09:00"],
    ["next October 3", "2027-10-03 09:00"],
    ["next 2nd of February", "2027-02-02 09:00"],
    // two-digit years in numeric dates take the nearest century
    ["signed 04/22/51", "1951-04-22 09:00"],
    ["due 07/01/29", "2029-07-01 09:00"],
    ["on 3-9-98", "1998-03-09 09:00"],
  ])("%s", (text, expected) => {
    expect(first(text, now, timezone)).toBe(expected);
  });

  it.each([
    "the 2nd meeting went well",
    "for the 3rd time they asked for a discount",
    "after the 3rd round of talks they agreed",
    "numbers in the 1st week were low",
    "the 1st payment arrived",
    "sent the 2nd draft of the proposal",
  ])("an ordinal counting things is no day: %s", (text) => {
    expect(parseDates(text, { now, timezone }).dates).toEqual([]);
  });

  it.each([
    ["on the 12th meeting with Bob", "2026-12-12 09:00"],
    ["March 3rd meeting with legal", "2027-03-03 09:00"],
    ["call on the 21st", "2026-12-21 09:00"],
  ])("a day before a noun stays a day: %s", (text, expected) => {
    expect(first(text, now, timezone)).toBe(expected);
  });

  it("the minutes of a clock time before a month are not reported as day 0", () => {
    expect(parseDates("meet 10:00 March 3", { now, timezone }).problems).toEqual([]);
  });
});
