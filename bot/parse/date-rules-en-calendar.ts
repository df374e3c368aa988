import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { nthWeekday } from "./holiday-calendar.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, addMonths, daysInMonth, dayNumber, nearestYear, weekdayOf, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { englishWeekday } from "./english-weekday.js";

/**
 * English calendar phrasings chrono reads as a bare weekday or misses:
 * "Thursday the 21st", "the second Monday of next month", "1 month and 21 days ago",
 * "on 4.22".
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const WEEKDAY = "(?<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)";
const MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
  last: -1,
};
const COUNT: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const COUNT_WORD = "(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
// chrono (2.10) does not know "fortnight"; it is two weeks
const DURATION_PART = `${COUNT_WORD}\\s+(?:year|month|fortnight|week|day)s?`;

const RE = {
  weekdayDay: new RegExp(
    `\\b(?:on\\s+)?${WEEKDAY},?\\s+(?<the>the\\s+)?(?<day>\\d{1,2})(?<ord>st|nd|rd|th)?\\b(?!\\s*(?:[:.]\\d|[-–]\\s*\\d|am|pm|a\\.m|p\\.m|h\\b|hours?|min|\\)))`,
    "giu",
  ),
  nthWeekday: new RegExp(
    `\\b(?:the\\s+)?(?<nth>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\\s+${WEEKDAY}(?:\\s+(?:of|in)\\s+(?:(?<rel>next|this|last|previous)\\s+month|the\\s+month|${MONTH}(?:,?\\s+(?<year>\\d{4}))?))?\\b`,
    "giu",
  ),
  // chrono adds months by overflowing (Jan 31 + 1 month = Mar 3); we clamp to the month's end
  // "for the last 3 months and 2 days ago": a span after last/past/next is a period, not part of the offset
  compound: new RegExp(
    `(?<!\\b(?:last|past|next|first)\\s+)\\b(?:(?<in>in|within)\\s+)?(?<parts>${DURATION_PART}(?:\\s*(?:,|and)?\\s*${DURATION_PART}){0,3})(?:\\s+(?<dir>ago|later|from\\s+now|from\\s+today|hence|before|earlier))?\\b`,
    "giu",
  ),
  part: new RegExp(`(?<n>${COUNT_WORD})\\s+(?<unit>year|month|fortnight|week|day)s?`, "giu"),
  // "by 4.22" is a day, "before 2.30pm" a clock time
  cuedMonthDay:
    /\b(?<cue>on|by|until|till|before|after|due)\s+(?<m>1[0-2]|0?[1-9])[.-](?<d>3[01]|[12]\d|0?[1-9])(?![\d.%-]|\.\d|\s*(?:[ap]\.?m\b|[ap]\b|h\b|hrs?\b|o'?clock))/giu,
} as const;

/** Every pattern names a weekday or a unit of time, except cuedMonthDay, which needs "4.22" or "4-22"; see rule-hints.ts. */
const CALENDAR_HINT = /mon|tue|wed|thu|fri|sat|sun|year|month|fortnight|week|day/iu;
const CUED_HINT = /\d[.-]\d/u;

function candidate(index: number, raw: string, date: LocalDate): DateCandidate {
  return { index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE };
}

/**
 * "Friday the 15th": the first month, from two weeks ago on, whose 15th is a Friday
 * (a recent one is a report, otherwise the rep means one ahead); else the nearest 15th.
 */
function weekdayWithDay(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.weekdayDay)) {
    const g = m.groups ?? {};
    const day = Number(g.day);
    const weekday = englishWeekday(g.weekday);
    if (day < 1 || day > 31 || weekday < 0) continue;
    const from = dayNumber(ctx.today) - 14;
    let best: LocalDate | null = null;
    for (let delta = -1; delta <= 28 && !best; delta++) {
      const { year, month } = addMonths(ctx.today.year, ctx.today.month, delta);
      const date = { year, month, day };
      if (day <= daysInMonth(year, month) && dayNumber(date) >= from && weekdayOf(date) === weekday) best = date;
    }
    if (!best) {
      const month = ctx.today.month;
      best = { year: nearestYear(ctx.today, month, day), month, day };
    }
    // "send proposal Monday 3) legal", "follow up Monday, 3 stakeholders": a bare number that makes the weekday
    // months away is the next item or a count, not the day of the month ("Monday the 3rd", "Monday 3rd" still are)
    if (!g.the && !g.ord && Math.abs(dayNumber(best) - dayNumber(ctx.today)) > 45) continue;
    out.push(candidate(m.index ?? 0, m[0], best));
  }
}

function nthWeekdays(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.nthWeekday)) {
    const g = m.groups ?? {};
    const nth = ORDINALS[(g.nth ?? "").toLowerCase()];
    const weekday = englishWeekday(g.weekday);
    if (nth === undefined || weekday < 0) continue;
    // "last Friday" alone is a relative weekday, handled elsewhere
    if (nth === -1 && g.rel === undefined && g.month === undefined && !/\bof\b|\bin\b/iu.test(m[0])) continue;
    let year = ctx.today.year;
    let month = ctx.today.month;
    if (g.month !== undefined) {
      month = MONTHS.findIndex((p) => (g.month ?? "").toLowerCase().startsWith(p)) + 1;
      year = g.year !== undefined ? Number(g.year) : nearestYear(ctx.today, month, 15);
    } else if (g.rel !== undefined) {
      const r = g.rel.toLowerCase();
      ({ year, month } = addMonths(year, month, r === "next" ? 1 : r === "this" ? 0 : -1));
    }
    const date = nthWeekday(year, month, weekday, nth);
    // "the fifth Sunday" of a month with four of them does not exist
    if (date.month !== month) continue;
    out.push(candidate(m.index ?? 0, m[0], date));
  }
}

function compoundDurations(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.compound)) {
    const g = m.groups ?? {};
    // "3 days" alone is a duration, not a date; "3 days before Christmas" is left to the anchor
    if (g.in === undefined && (g.dir === undefined || /^before$/iu.test(g.dir))) continue;
    const sign = /ago|before|earlier/iu.test(g.dir ?? "") ? -1 : 1;
    let months = 0;
    let days = 0;
    for (const p of allMatches(g.parts ?? "", RE.part)) {
      const n = COUNT[(p.groups?.n ?? "").toLowerCase()] ?? Number(p.groups?.n);
      const unit = (p.groups?.unit ?? "").toLowerCase();
      if (unit === "year") months += 12 * n;
      else if (unit === "month") months += n;
      else days += unit === "fortnight" ? 14 * n : unit === "week" ? 7 * n : n;
    }
    const { year, month } = addMonths(ctx.today.year, ctx.today.month, sign * months);
    const base = { year, month, day: Math.min(ctx.today.day, daysInMonth(year, month)) };
    out.push(candidate(m.index ?? 0, m[0], addDays(base, sign * days)));
  }
}

export function findEnglishCalendarDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!CALENDAR_HINT.test(ctx.text) && !CUED_HINT.test(ctx.text)) return out;
  weekdayWithDay(ctx, out);
  nthWeekdays(ctx, out);
  compoundDurations(ctx, out);
  for (const m of allMatches(ctx.text, RE.cuedMonthDay)) {
    const g = m.groups ?? {};
    const month = Number(g.m);
    const day = Number(g.d);
    const offset = (g.cue ?? "").length + 1;
    out.push(candidate((m.index ?? 0) + offset, m[0].slice(offset), { year: nearestYear(ctx.today, month, day), month, day }));
  }
  return out;
}
