import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { firstDate } from "./test-support.js";

const first = firstDate;

// Wednesday 2026-11-25 10:00 in New York.
const NY_NOW = new Date("2026-11-25T10:00:00-05:00");
const NY = "America/New_York";

describe("English calendar phrasings (New York, Wed 2026-11-25 10:00)", () => {
  it.each([
    ["this Friday", "2026-11-27 09:00"],
    ["next Friday", "2026-12-04 09:00"],
    ["last Friday", "2026-11-20 09:00"],
    ["last Monday", "2026-11-16 09:00"],
    ["previous Tuesday", "2026-11-17 09:00"],
    ["following Monday", "2026-11-30 09:00"],
    ["Friday", "2026-11-27 09:00"],
    ["on Monday", "2026-11-30 09:00"],
    ["next week Wednesday", "2026-12-02 09:00"],
    ["this week Friday", "2026-11-27 09:00"],
    ["last week Sunday", "2026-11-22 09:00"],
    ["next week", "2026-11-30 09:00"],
    ["the week after next", "2026-12-07 09:00"],
    ["early next week", "2026-11-30 09:00"],
    ["end of next week", "2026-12-04 09:00"],
    ["end of the week", "2026-11-27 09:00"],
    ["EOW", "2026-11-27 09:00"],
    ["next weekend", "2026-12-05 09:00"],
    ["this weekend", "2026-11-28 09:00"],
    ["over the weekend", "2026-11-28 09:00"],
    ["next year", "2027-01-01 09:00"],
    ["last year", "2025-01-01 09:00"],
    ["next month", "2026-12-01 09:00"],
    ["early next month", "2026-12-01 09:00"],
    ["mid next month", "2026-12-15 09:00"],
    ["end of next month", "2026-12-31 09:00"],
    ["end of the month", "2026-11-30 09:00"],
    ["end of month", "2026-11-30 09:00"],
    ["EOM", "2026-11-30 09:00"],
    ["end of the year", "2026-12-31 09:00"],
    ["end of next year", "2027-12-31 09:00"],
    ["beginning of next year", "2027-01-01 09:00"],
    ["on the 15th", "2026-12-15 09:00"],
    ["by the 28th", "2026-11-28 09:00"],
    ["the 1st", "2026-12-01 09:00"],
    ["on the 30th", "2026-11-30 09:00"],
    ["20th of next month", "2026-12-20 09:00"],
    ["the 3rd of next month", "2026-12-03 09:00"],
    ["Dec 20", "2026-12-20 09:00"],
    ["December 20th", "2026-12-20 09:00"],
    ["20 December", "2026-12-20 09:00"],
    ["Jan 5", "2027-01-05 09:00"],
    ["12/20", "2026-12-20 09:00"],
    ["1/15", "2027-01-15 09:00"],
    ["2027-03-31", "2027-03-31 09:00"],
    ["03/31/2027", "2027-03-31 09:00"],
    ["mid-March", "2027-03-15 09:00"],
    ["mid March", "2027-03-15 09:00"],
    ["early March", "2027-03-01 09:00"],
    ["end of January", "2027-01-31 09:00"],
    ["late February", "2027-02-28 09:00"],
    ["on 4.22", "2027-04-22 09:00"],
    ["Thursday the 10th", "2026-12-10 09:00"],
    ["Friday the 20th", "2026-11-20 09:00"],
    ["the first Friday of next month", "2026-12-04 09:00"],
    ["the second Monday of December", "2026-12-14 09:00"],
    ["the last Friday of next month", "2026-12-25 09:00"],
    ["third Thursday of the month", "2026-11-19 09:00"],
    ["2 weeks before Christmas", "2026-12-11 09:00"],
    ["5 days before New Year", "2026-12-27 09:00"],
    ["2 weeks from January 15", "2027-01-29 09:00"],
    ["3 days after Dec 20", "2026-12-23 09:00"],
    ["16 days from 01/02/2027", "2027-01-18 09:00"],
    ["a week from Friday", "2026-12-04 09:00"],
  ])("%s", (text, expected) => {
    expect(first(text, NY_NOW, NY)).toBe(expected);
  });
});

describe("English clock times (New York, Wed 2026-11-25 10:00)", () => {
  it.each([
    ["at 4pm", "2026-11-25 16:00*"],
    ["at 4", "2026-11-25 16:00*"],
    ["at 10am", "2026-11-25 10:00*"],
    ["noon", "2026-11-25 12:00*"],
    ["by Friday noon", "2026-11-27 12:00*"],
    ["tomorrow at noon", "2026-11-26 12:00*"],
    ["tomorrow 3pm", "2026-11-26 15:00*"],
    ["tomorrow at 9:30", "2026-11-26 09:30*"],
    ["Friday at 2:15pm", "2026-11-27 14:15*"],
    ["next Tuesday at 11", "2026-12-01 11:00*"],
    ["EOD", "2026-11-25 23:59*"],
    ["end of day", "2026-11-25 23:59*"],
    ["by end of the day", "2026-11-25 23:59*"],
    ["COB", "2026-11-25 17:00*"],
    ["close of business tomorrow", "2026-11-26 17:00*"],
    ["COB Friday", "2026-11-27 17:00*"],
    ["by end of tomorrow", "2026-11-26 23:59*"],
    ["call before 2.30pm", "2026-11-25 14:30*"],
    ["due by 4.15 pm", "2026-11-25 16:15*"],
    ["after 11.45am tomorrow", "2026-11-26 11:45*"],
    ["until 5.30 p.m.", "2026-11-25 17:30*"],
    ["the end of today", "2026-11-25 23:59*"],
    ["before the end of Friday", "2026-11-27 23:59*"],
    ["end of this Thursday", "2026-11-26 23:59*"],
    ["by the end of next Monday", "2026-11-30 23:59*"],
    ["see you tonite", "2026-11-25 19:00"],
    ["call them 2nite at 8", "2026-11-25 20:00*"],
    ["tonite around 9:30", "2026-11-25 21:30*"],
    ["tonight", "2026-11-25 19:00"],
    ["tonight at 9", "2026-11-25 21:00*"],
    ["last night at 8", "2026-11-24 20:00*"],
    ["last night", "2026-11-24 19:00"],
    ["yesterday afternoon", "2026-11-24 14:00"],
    ["this morning at 8", "2026-11-25 08:00*"],
    ["tomorrow evening at 7:30", "2026-11-26 19:30*"],
    ["this afternoon", "2026-11-25 14:00"],
    ["tomorrow morning", "2026-11-26 09:00"],
    ["ten past 9", "2026-11-25 09:10*"],
    ["a quarter to seven tomorrow", "2026-11-26 06:45*"],
    ["half past seven in the evening", "2026-11-25 19:30*"],
    ["quarter past 3", "2026-11-25 15:15*"],
    ["20 minutes to 5", "2026-11-25 16:40*"],
    ["at seven thirty", "2026-11-25 07:30*"],
    ["at five in the afternoon", "2026-11-25 17:00*"],
    ["today at 9p", "2026-11-25 21:00*"],
    // chat shorthand after a day or with minutes ("rescheduled to 12/2 3p" was 09:00)
    ["mtg rescheduled to 12/2 3p", "2026-12-02 15:00*"],
    ["meet tmrw 10a", "2026-11-26 10:00*"],
    ["demo Thu 2:30p", "2026-11-26 14:30*"],
    ["Friday 11a works", "2026-11-27 11:00*"],
    ["@3p call w Globex", "2026-11-25 15:00*"],
    ["in 2 hours", "2026-11-25 12:00*"],
    ["in 30 minutes", "2026-11-25 10:30*"],
  ])("%s", (text, expected) => {
    expect(first(text, NY_NOW, NY)).toBe(expected);
  });
});

describe("English holidays", () => {
  it.each([
    ["Christmas", "2026-12-25 09:00"],
    ["before Christmas", "2026-12-24 09:00"],
    ["Christmas Eve", "2026-12-24 09:00"],
    ["New Year's Day", "2027-01-01 09:00"],
    ["New Year's Eve", "2026-12-31 09:00"],
    ["Thanksgiving", "2026-11-26 09:00"],
    ["after Thanksgiving", "2026-11-27 09:00"],
    ["Black Friday", "2026-11-27 09:00"],
    ["Cyber Monday", "2026-11-30 09:00"],
    ["Valentine’s Day", "2027-02-14 09:00"],
    ["Valentine's Day", "2027-02-14 09:00"],
    ["Memorial Day", "2027-05-31 09:00"],
    ["Labor Day", "2027-09-06 09:00"],
    ["Independence Day", "2027-07-04 09:00"],
    ["Easter", "2027-03-28 09:00"],
    ["Halloween", "2027-10-31 09:00"],
    ["Mother's Day", "2027-05-09 09:00"],
    ["MLK Day", "2027-01-18 09:00"],
    ["Thanksgiving 2027", "2027-11-25 09:00"],
    ["next Christmas", "2027-12-25 09:00"],
    ["Chinese New Year", "2027-02-06 09:00"],
  ])("%s", (text, expected) => {
    expect(first(text.replace("’", "'"), NY_NOW, NY)).toBe(expected);
  });
});

describe("the same phrases in other zones keep the local calendar", () => {
  // 2026-11-25 23:30 in London is already the 26th in Shanghai
  const late = new Date("2026-11-25T23:30:00Z");
  it.each([
    ["Europe/London", "tomorrow", "2026-11-26 09:00"],
    ["Asia/Shanghai", "tomorrow", "2026-11-27 09:00"],
    ["America/New_York", "tomorrow", "2026-11-26 09:00"],
    ["Europe/London", "next Monday", "2026-11-30 09:00"],
    ["Asia/Shanghai", "in 3 days", "2026-11-29 09:00"],
    ["America/New_York", "in 3 days", "2026-11-28 09:00"],
    ["UTC", "end of the month", "2026-11-30 09:00"],
    ["Asia/Shanghai", "end of the month", "2026-11-30 09:00"],
    ["Europe/London", "at 4pm", "2026-11-25 16:00*"],
  ])("%s: %s", (timezone, text, expected) => {
    expect(first(text, late, timezone)).toBe(expected);
  });

  it("DST: a date after the switch keeps its wall time (New York switches on 2027-03-14)", () => {
    const before = parseDates("March 10 at 10am", { now: NY_NOW, timezone: NY }).dates[0];
    expect(before?.at.toISOString()).toBe("2027-03-10T15:00:00.000Z");
    const after = parseDates("March 20 at 10am", { now: NY_NOW, timezone: NY }).dates[0];
    expect(after?.at.toISOString()).toBe("2027-03-20T14:00:00.000Z");
  });

  it("DST: London after the October switch", () => {
    const now = new Date("2026-10-20T12:00:00+01:00");
    const d = parseDates("next Tuesday at 9am", { now, timezone: "Europe/London" }).dates[0];
    expect(d?.at.toISOString()).toBe("2026-10-27T09:00:00.000Z");
  });
});
