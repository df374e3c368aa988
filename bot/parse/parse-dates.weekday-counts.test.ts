import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";
import { REFERENCES, plusDays, plusMonths, show, wallDate, weekday, type WallDate } from "./date-test-oracle.js";

function firstDay(text: string, now: Date, timezone: string): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? show(wallDate(d.at, timezone)) : null;
}

/** the n-th `day` strictly after today (n > 0) or before it (n < 0) */
function nthWeekday(today: WallDate, day: number, n: number): string {
  let d = today;
  let seen = 0;
  while (seen < Math.abs(n)) {
    d = plusDays(d, n > 0 ? 1 : -1);
    if (weekday(d) === day) seen++;
  }
  return show(d);
}

function dayOf(today: WallDate, months: number, day: number): string {
  return show({ ...plusMonths({ ...today, day: 1 }, months), day });
}

describe.each(REFERENCES)("counted weekdays, short weekday names, day of a named month ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  it.each([
    ["tuesday after next", 2, 2],
    ["call Thursday after next", 4, 2],
    ["2 mondays from now", 1, 2],
    ["three saturdays from now", 6, 3],
    ["one friday from today", 5, 1],
    ["2 wednesdays ago", 3, -2],
    ["four sundays back", 0, -4],
    ["sat", 6, 1],
    ["Sun.", 0, 1],
    ["see you on sat", 6, 1],
    ["follow up weds", 3, 1],
    ["ping them tues", 2, 1],
    ["demo thurs", 4, 1],
    ["by thur", 4, 1],
  ])("%s", (text, day, n) => {
    expect(firstDay(text, now, timezone)).toBe(nthWeekday(today, day, n));
  });

  it.each(["I sat with the buyer", "the sun was out", "we wed last year"])('"%s" names no weekday', (text) => {
    expect(parseDates(text, { now, timezone }).dates.every((d) => !/\b(?:sat|sun|wed)\b/iu.test(d.text))).toBe(true);
  });

  it.each([
    ["tomorrows meeting", 1],
    ["todays call went well", 0],
    ["the day after tomorrow", 2],
  ])("%s", (text, days) => {
    expect(firstDay(text, now, timezone)).toBe(show(plusDays(today, days)));
  });

  it.each([
    ["day after tomorrow 5pm", 2, "17:00"],
    ["day before yesterday 8:15am", -2, "08:15"],
  ])("%s", (text, days, clock) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    expect(d && localStamp(d.at, timezone)).toBe(`${show(plusDays(today, days))} ${clock}`);
  });

  it.each([
    ["the 12th of the next month", 1, 12],
    ["9th day of next month", 1, 9],
    ["the 14th of the current month", 0, 14],
    ["the 6th of the previous month", -1, 6],
    ["around the 27th this month", 0, 27],
    ["the 2nd of the following month", 1, 2],
  ])("%s", (text, months, day) => {
    expect(firstDay(text, now, timezone)).toBe(dayOf(today, months, day));
  });
});
