import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, plusMonths, show, wallDate, weekday, type WallDate } from "./date-test-oracle.js";

/** Periods counted from today read as their first day and carry their last one. */

const monday = (d: WallDate, weeks: number): WallDate => plusDays(d, -((weekday(d) + 6) % 7) + 7 * weeks);
const monthStart = (d: WallDate, months: number): WallDate => ({ ...plusMonths({ ...d, day: 1 }, months), day: 1 });
const monthLast = (d: WallDate, months: number): WallDate => plusDays(monthStart(d, months + 1), -1);
/** first day of the calendar quarter `n` quarters from the one holding `d` */
const quarterStart = (d: WallDate, n: number): WallDate => monthStart({ ...d, month: d.month - ((d.month - 1) % 3) }, 3 * n);
const later = (a: WallDate, b: WallDate): WallDate => (show(a) >= show(b) ? a : b);

type Expect = (today: WallDate) => [WallDate, WallDate];

const PERIODS: Array<[string, Expect]> = [
  ["next 3 days", (t) => [plusDays(t, 1), plusDays(t, 3)]],
  ["over the next two days", (t) => [plusDays(t, 1), plusDays(t, 2)]],
  ["the next few days", (t) => [plusDays(t, 1), plusDays(t, 3)]],
  ["in the coming 10 days", (t) => [plusDays(t, 1), plusDays(t, 10)]],
  ["the next couple of weeks", (t) => [plusDays(t, 1), plusDays(t, 14)]],
  ["past 3 days", (t) => [plusDays(t, -3), t]],
  ["the last two weeks", (t) => [plusDays(t, -14), t]],
  ["previous 6 months", (t) => [plusMonths(t, -6), t]],
  ["the last 2 years", (t) => [plusMonths(t, -24), t]],
  ["the next 3 months", (t) => [plusDays(t, 1), plusMonths(t, 3)]],
  ["this week", (t) => [monday(t, 0), plusDays(monday(t, 0), 6)]],
  ["the current week", (t) => [monday(t, 0), plusDays(monday(t, 0), 6)]],
  ["next week", (t) => [monday(t, 1), plusDays(monday(t, 1), 6)]],
  ["the coming week", (t) => [monday(t, 1), plusDays(monday(t, 1), 6)]],
  ["the following week", (t) => [monday(t, 1), plusDays(monday(t, 1), 6)]],
  ["last week", (t) => [monday(t, -1), plusDays(monday(t, -1), 6)]],
  ["the past week", (t) => [monday(t, -1), plusDays(monday(t, -1), 6)]],
  ["this month", (t) => [monthStart(t, 0), monthLast(t, 0)]],
  ["next month", (t) => [monthStart(t, 1), monthLast(t, 1)]],
  ["the previous month", (t) => [monthStart(t, -1), monthLast(t, -1)]],
  [
    "this year",
    (t) => [
      { year: t.year, month: 1, day: 1 },
      { year: t.year, month: 12, day: 31 },
    ],
  ],
  [
    "the current year",
    (t) => [
      { year: t.year, month: 1, day: 1 },
      { year: t.year, month: 12, day: 31 },
    ],
  ],
  [
    "next year",
    (t) => [
      { year: t.year + 1, month: 1, day: 1 },
      { year: t.year + 1, month: 12, day: 31 },
    ],
  ],
  ["later this week", (t) => [later(plusDays(monday(t, 0), 3), t), plusDays(monday(t, 0), 6)]],
  ["later this month", (t) => [later({ ...t, day: 16 }, t), monthLast(t, 0)]],
  ["later in the year", (t) => [later({ year: t.year, month: 7, day: 1 }, t), { year: t.year, month: 12, day: 31 }]],
  ["earlier this week", (t) => [monday(t, 0), t]],
  ["earlier in the month", (t) => [monthStart(t, 0), t]],
  ["the rest of the week", (t) => [t, plusDays(monday(t, 0), 6)]],
  ["the remainder of this month", (t) => [t, monthLast(t, 0)]],
  ["all week", (t) => [monday(t, 0), plusDays(monday(t, 0), 6)]],
  ["next weekend", (t) => [plusDays(monday(t, 1), 5), plusDays(monday(t, 1), 6)]],
  ["the next 2 quarters", (t) => [quarterStart(t, 1), plusDays(quarterStart(t, 3), -1)]],
  ["over the coming three quarters", (t) => [quarterStart(t, 1), plusDays(quarterStart(t, 4), -1)]],
  ["the past two quarters", (t) => [quarterStart(t, -2), plusDays(quarterStart(t, 0), -1)]],
  ["previous 4 quarters", (t) => [quarterStart(t, -4), plusDays(quarterStart(t, 0), -1)]],
  ["2 following quarters", (t) => [quarterStart(t, 1), plusDays(quarterStart(t, 3), -1)]],
  ["in the week", (t) => [monday(t, 0), plusDays(monday(t, 0), 6)]],
  ["for the month", (t) => [monthStart(t, 0), monthLast(t, 0)]],
  [
    "the next decade",
    (t) => [
      { year: t.year - (t.year % 10) + 10, month: 1, day: 1 },
      { year: t.year - (t.year % 10) + 19, month: 12, day: 31 },
    ],
  ],
];

describe.each(REFERENCES)("English periods ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  it.each(PERIODS)("%s", (text, expected) => {
    const [start, last] = expected(today);
    const [first] = parseDates(`let's talk ${text}`, { now, timezone }).dates;
    expect(first && show(wallDate(first.at, timezone))).toBe(show(start));
    // `until` is exclusive: the instant the last day ends
    expect(first?.until && show(wallDate(new Date(first.until.getTime() - 1), timezone))).toBe(show(last));
  });

  it("within two weeks runs from now and is followed up on its last day", () => {
    const parsed = parseDates("they will sign within 2 weeks", { now, timezone });
    expect(parsed.dates[0]?.at.getTime()).toBe(now.getTime());
    expect(parsed.followUp && show(wallDate(parsed.followUp.at, timezone))).toBe(show(plusDays(today, 14)));
  });

  it("a weekend said on a Sunday is the coming one", () => {
    const [first] = parseDates("over the weekend", { now, timezone }).dates;
    const saturday = plusDays(monday(today, weekday(today) === 0 ? 1 : 0), 5);
    expect(first && show(wallDate(first.at, timezone))).toBe(show(saturday));
  });
});

describe("a clock time right after a period sits on its first day", () => {
  const timezone = "America/New_York";
  const now = new Date("2026-11-25T10:00:00-05:00");
  const stamp = (text: string): string | undefined => {
    const d = parseDates(text, { now, timezone }).dates[0];
    return d && new Intl.DateTimeFormat("sv-SE", { timeZone: timezone, dateStyle: "short", timeStyle: "short" }).format(d.at);
  };
  it.each([
    ["meet next month at 6pm", "2026-12-01 18:00"],
    ["next week after 2:00", "2026-11-30 14:00"],
    ["next year at 10am", "2027-01-01 10:00"],
    ["this week 8am", "2026-11-23 08:00"],
  ])("%s", (text, want) => expect(stamp(text)).toBe(want));
});

describe('counts that are not periods ("last" after will/should/can… is the verb)', () => {
  const ctx = { now: new Date("2026-11-25T10:00:00+08:00"), timezone: "Asia/Shanghai" };
  it.each([
    "we had 3 days of workshops",
    "the week was busy",
    "they gave us 2 weeks notice",
    "the call will last 2 hours",
    "demos usually last an hour",
    "it shouldn't last more than a week",
    "trainings can last three days",
    "the pilot might last a couple of months",
    "onboarding won't last 2 weeks",
  ])("%s has no date", (text) => {
    expect(parseDates(text, ctx).dates).toEqual([]);
  });
});
