import { describe, expect, it } from "vitest";
import { firstDate } from "./test-support.js";

const first = firstDate;

// Easter 2027 is March 28 and Easter 2029 April 1 (published church calendars).
describe.each([
  ["New York", new Date("2026-11-25T10:00:00-05:00"), "America/New_York"],
  ["Shanghai", new Date("2026-11-25T10:00:00+08:00"), "Asia/Shanghai"],
])("church days, Earth Day, May Day, Boss's Day (%s, Wed 2026-11-25)", (_label, now, timezone) => {
  it.each([
    ["office shut Easter Monday", "2027-03-29 09:00"],
    ["easter mon", "2027-03-29 09:00"],
    ["Palm Sunday", "2027-03-21 09:00"],
    ["Maundy Thursday", "2027-03-25 09:00"],
    ["ash wednesday", "2027-02-10 09:00"],
    ["Mardi Gras", "2027-02-09 09:00"],
    ["shrove tuesday", "2027-02-09 09:00"],
    ["Pentecost", "2027-05-16 09:00"],
    ["Whit Monday", "2027-05-17 09:00"],
    ["Trinity Sunday", "2027-05-23 09:00"],
    ["Easter Monday 2029", "2029-04-02 09:00"],
    ["Easter Monday at 11am", "2027-03-29 11:00*"],
    ["Earth Day", "2027-04-22 09:00"],
    ["International Workers' Day", "2027-05-01 09:00"],
    ["May Day", "2027-05-01 09:00"],
    // October 16: 2027 is a Saturday (Friday off), 2028 a Monday
    ["Boss's Day", "2027-10-15 09:00"],
    ["bosses day 2028", "2028-10-16 09:00"],
    ["St Paddy's Day", "2027-03-17 09:00"],
    ["saint patrick 2028", "2028-03-17 09:00"],
    ["Independence Day of next year", "2027-07-04 09:00"],
    ["Christmas of this year", "2026-12-25 09:00"],
    ["Earth Day of last year", "2025-04-22 09:00"],
  ])("%s", (text, expected) => {
    expect(first(text, now, timezone)).toBe(expected);
  });
});
