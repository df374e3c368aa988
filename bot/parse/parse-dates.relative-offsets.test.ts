import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, plusMonths, show, wallDate, type WallDate } from "./date-test-oracle.js";

/** The local calendar day the first date lands on. */
function firstDay(text: string, now: Date, timezone: string): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? show(wallDate(d.at, timezone)) : null;
}

type Shift = (today: WallDate) => WallDate;
const days =
  (n: number): Shift =>
  (t) =>
    plusDays(t, n);
const months =
  (n: number): Shift =>
  (t) =>
    plusMonths(t, n);

const ENGLISH: Array<[string, Shift]> = [
  ["met them 3 days ago", days(-3)],
  ["called 1 day ago", days(-1)],
  ["a week ago", days(-7)],
  ["two weeks ago", days(-14)],
  ["5 days ago we spoke", days(-5)],
  ["follow up in 10 days", days(10)],
  ["in 3 days", days(3)],
  ["in a week", days(7)],
  ["in 2 weeks", days(14)],
  // chat spellings of the units
  ["next sync in 2 wks.", days(14)],
  ["ping them in a wk", days(7)],
  ["follow up in 3 wks", days(21)],
  ["2 weeks from now", days(14)],
  ["in 3 months", months(3)],
  ["in one month", months(1)],
  ["a month ago", months(-1)],
  ["6 months ago", months(-6)],
  ["in a year", months(12)],
  ["a year ago", months(-12)],
  ["the day after tomorrow", days(2)],
  ["the day before yesterday", days(-2)],
  ["tomorrow", days(1)],
  ["yesterday", days(-1)],
  ["three weeks from tomorrow", days(22)],
  ["two days before yesterday", days(-3)],
  ["1 month and 2 days ago", (t) => plusDays(plusMonths(t, -1), -2)],
  ["2 weeks and 3 days later", days(17)],
];

const CHINESE: Array<[string, Shift]> = [
  ["3天后", days(3)],
  ["三天后", days(3)],
  ["10天以后", days(10)],
  ["3天前拜访过", days(-3)],
  ["三天前", days(-3)],
  ["两周后", days(14)],
  ["2个星期后", days(14)],
  ["一周前", days(-7)],
  ["半个月后", days(15)],
  ["一个月后", months(1)],
  ["3个月后", months(3)],
  ["两个月前", months(-2)],
  ["一个半月后", (t) => plusDays(plusMonths(t, 1), 15)],
  ["明天", days(1)],
  ["后天", days(2)],
  ["大后天", days(3)],
  ["昨天", days(-1)],
  ["前天", days(-2)],
  ["大前天", days(-3)],
  ["过两天再联系", days(2)],
  ["3年后", months(36)],
  ["一年前", months(-12)],
  ["半年后", months(6)],
  ["5天内回复", days(5)],
];

describe.each(REFERENCES)("relative offsets at $label", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  it.each(ENGLISH)("%s", (text, shift) => {
    expect(firstDay(text, now, timezone)).toBe(show(shift(today)));
  });
  it.each(CHINESE)("%s", (text, shift) => {
    expect(firstDay(text, now, timezone)).toBe(show(shift(today)));
  });
});
