import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, plusMonths, show, wallDate, weekday, type WallDate } from "./date-test-oracle.js";
import { localStamp } from "./test-support.js";

function firstDay(text: string, now: Date, timezone: string): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? show(wallDate(d.at, timezone)) : null;
}

/** `day` (0 = Sunday) in the Monday-first week holding `d` */
function inWeekOf(d: WallDate, day: number): string {
  const monday = plusDays(d, -((weekday(d) + 6) % 7));
  return show(plusDays(monday, (day + 6) % 7));
}

describe.each(REFERENCES)("present-time phrases, spelled-out years, weekday with an offset ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  const nowStamp = localStamp(now, timezone);

  it.each(["they are travelling at the moment, retry later", "no budget at present", "cannot commit at this time", "slammed ATM", "all good at the minute"])(
    '"%s" names the present',
    (text) => {
      const d = parseDates(text, { now, timezone }).dates[0];
      expect(d && localStamp(d.at, timezone)).toBe(nowStamp);
      expect(d?.hasTime).toBe(true);
    },
  );

  it.each(["withdrew cash at the ATM", "they now want a quote", "at this time of year sales slow"])('"%s" has no date', (text) => {
    expect(parseDates(text, { now, timezone }).dates).toEqual([]);
  });

  it('"at this time tomorrow" is tomorrow at the current clock time', () => {
    const d = parseDates("call at this time tomorrow", { now, timezone }).dates[0];
    expect(d && localStamp(d.at, timezone)).toBe(`${show(plusDays(today, 1))} ${nowStamp.slice(11)}`);
  });

  it.each([
    ["founded March 3rd nineteen ninety nine", "1999-03-03"],
    ["born 7 July nineteen eighty", "1980-07-07"],
    ["the 4th of June two thousand and five", "2005-06-04"],
    ["October twelfth eighteen hundred seventy", "1870-10-12"],
    ["Dec 1 nineteen oh eight", "1908-12-01"],
    ["April 9th twenty thirty", "2030-04-09"],
  ])("%s", (text, expected) => {
    expect(firstDay(text, now, timezone)).toBe(expected);
  });

  it.each([
    ["Tuesday three weeks from now", 2, plusDays(today, 21)],
    ["Friday, a month from today", 5, plusMonths(today, 1)],
    ["in 4 days on Wednesday", 3, plusDays(today, 4)],
    ["two weeks later on Monday", 1, plusDays(today, 14)],
    ["Sunday a year from now", 0, plusMonths(today, 12)],
  ])("%s", (text, day, target) => {
    expect(firstDay(text, now, timezone)).toBe(inWeekOf(target, day));
  });
});
