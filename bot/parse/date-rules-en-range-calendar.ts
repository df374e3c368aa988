import { PRIORITY_RANGE, type DateCandidate } from "./date-candidate.js";
import { DAY_NUMBER, MONTH_WORD, dayNumberValue, monthNumber } from "./date-words-en.js";
import type { RuleContext } from "./rule-context.js";
import { addMonths, daysInMonth, nearestYear, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { MONTH_STEM } from "./rule-hints.js";

/**
 * English ranges written with calendar names: "from the 9th to the 17th of April",
 * "July 13 through 15", "Nov 18 - Dec 19, 2015", "from Sep to Nov", "Jan-Feb 2017".
 * A range reads as its first day; the side that names less (a bare day, a month without
 * its year) takes what is missing from the other side.
 */

const TO = String.raw`\s*(?:-|–|—|~|to|till|til|until|through|thru|and)\s*`;
const FROM = String.raw`(?:(?<from>from|between)\s+)?`;
const YEAR = String.raw`(?<year>(?:1[89]|2[01])\d{2})`;

const RE = {
  // "from the 9th to the 17th of April", "between 3 and 12 of Sept", "1-8 september 2014"
  daysThenMonth: new RegExp(
    String.raw`\b${FROM}(?:the\s+)?(?<d1>${DAY_NUMBER})${TO}(?:the\s+)?(?<d2>${DAY_NUMBER})\s+(?:day\s+)?(?:of\s+)?(?<month>${MONTH_WORD})(?:,?\s*${YEAR})?\b`,
    "giu",
  ),
  // "July 13 through 15", "Nov 18-Dec 19, 2015", "August 27th - 29th"
  monthThenDays: new RegExp(
    String.raw`\b${FROM}(?<month>${MONTH_WORD})\s+(?:the\s+)?(?<d1>${DAY_NUMBER})(?:,?\s+(?:of\s+)?(?<y1>(?:1[89]|2[01])\d{2}))?${TO}(?:(?<month2>${MONTH_WORD})\s+)?(?:the\s+)?(?<d2>${DAY_NUMBER})(?:,?\s*${YEAR})?\b(?!\s*(?::\d|[ap]\.?m\b))`,
    "giu",
  ),
  // "from Sep to Nov", "Jan-Feb 2017", "from april in 2016 to June in 2017"
  months: new RegExp(
    String.raw`\b${FROM}(?:(?<rel>this|next|last)\s+)?(?<m1>${MONTH_WORD})(?:\s+(?:of\s+|in\s+)?(?<y1>(?:1[89]|2[01])\d{2}))?${TO}(?<m2>${MONTH_WORD})(?!\s*\d{1,2}(?!\d))(?:,?\s+(?:of\s+|in\s+)?(?<y2>(?:1[89]|2[01])\d{2}))?\b`,
    "giu",
  ),
  // "26 june to 28 june in 2020", "from 26th of june of 2020 to the 28th of june of 2020"
  dayMonthPairs: new RegExp(
    String.raw`\b${FROM}(?:the\s+)?(?<d1>${DAY_NUMBER})\s+(?:of\s+)?(?<m1>${MONTH_WORD})(?:,?\s+(?:of\s+)?(?<y1>(?:1[89]|2[01])\d{2}))?${TO}(?:the\s+)?(?<d2>${DAY_NUMBER})\s+(?:of\s+)?(?<m2>${MONTH_WORD})(?:,?\s+(?:of\s+|in\s+)?${YEAR})?\b`,
    "giu",
  ),
  // US month/day: "10/1-11/7", "from 5/1-5/7, 2020", "10-1-2018 - 10-7-2018"
  numeric:
    /(?<![\d/.-])\b(?<from>from\s+|between\s+)?(?<m1>1[0-2]|0?[1-9])(?<sep>[/-])(?<d1>3[01]|[12]\d|0?[1-9])(?:\k<sep>(?<y1>\d{4}))?\s*(?:-|–|~|to|till|until|through|thru)\s*(?<m2>1[0-2]|0?[1-9])\k<sep>(?<d2>3[01]|[12]\d|0?[1-9])(?:(?:\k<sep>|,\s*)(?<y2>\d{4}))?(?![\d/.-]\d)/gu,
} as const;

const NUMERIC_HINT = /\d[/-]\d/u;

function range(index: number, raw: string, start: LocalDate, last: LocalDate): DateCandidate {
  return {
    index,
    end: index + raw.length,
    date: start,
    time: null,
    partOfDayHour: null,
    priority: PRIORITY_RANGE,
    until: { date: last, time: null },
  };
}

/** "may" and "mar" are words too: as a range's first month they need "from"/"between" or a capital. */
function plainWord(month: string | undefined, from: string | undefined): boolean {
  return from === undefined && /^(?:may|mar)$/u.test(month ?? "");
}

function daysThenMonth(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.daysThenMonth)) {
    const g = m.groups ?? {};
    const month = monthNumber(g.month);
    const d1 = dayNumberValue(g.d1);
    const d2 = dayNumberValue(g.d2);
    if (!month || d1 === null || d2 === null || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) continue;
    const year = g.year ? Number(g.year) : nearestYear(ctx.today, month, d2);
    // "from the 27th to the 3rd of April" starts in March
    const first = d1 > d2 ? addMonths(year, month, -1) : { year, month };
    out.push(range(m.index ?? 0, m[0], { ...first, day: Math.min(d1, daysInMonth(first.year, first.month)) }, { year, month, day: d2 }));
  }
}

function monthThenDays(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.monthThenDays)) {
    const g = m.groups ?? {};
    const month = monthNumber(g.month);
    const month2 = g.month2 ? monthNumber(g.month2) : month;
    const d1 = dayNumberValue(g.d1);
    const d2 = dayNumberValue(g.d2);
    if (plainWord(g.month, g.from) || !month || !month2 || d1 === null || d2 === null || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) continue;
    if (month === month2 && d2 <= d1) continue; // "May 5-3" is not a range of days
    const lastYear = g.year ? Number(g.year) : g.y1 ? Number(g.y1) : nearestYear(ctx.today, month, d1);
    const year = g.y1 ? Number(g.y1) : g.year && month > month2 ? lastYear - 1 : lastYear;
    out.push(range(m.index ?? 0, m[0], { year, month, day: d1 }, { year: month > month2 ? year + 1 : year, month: month2, day: d2 }));
  }
}

function months(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.months)) {
    const g = m.groups ?? {};
    const m1 = monthNumber(g.m1);
    const m2 = monthNumber(g.m2);
    if (plainWord(g.m1, g.from) || !m1 || !m2) continue;
    let year: number;
    // "from this May to Oct 2020": the first month's own word names its year
    if (g.rel) year = ctx.today.year + ({ next: 1, last: -1 }[g.rel.toLowerCase()] ?? 0);
    else if (g.y1) year = Number(g.y1);
    else if (g.y2) year = Number(g.y2) - (m1 > m2 ? 1 : 0);
    else year = nearestYear(ctx.today, m1, 1);
    const lastYear = g.y2 ? Number(g.y2) : year + (m1 > m2 ? 1 : 0);
    out.push(range(m.index ?? 0, m[0], { year, month: m1, day: 1 }, { year: lastYear, month: m2, day: daysInMonth(lastYear, m2) }));
  }
}

/** Both sides name their month; a side without a year takes the other's. */
function pairRange(
  index: number,
  raw: string,
  ctx: RuleContext,
  a: [number, number, string | undefined],
  b: [number, number, string | undefined],
): DateCandidate | null {
  const [m1, d1, y1] = a;
  const [m2, d2, y2] = b;
  if (!m1 || !m2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null;
  let year1 = y1 ? Number(y1) : y2 ? Number(y2) - (m1 * 100 + d1 > m2 * 100 + d2 ? 1 : 0) : nearestYear(ctx.today, m1, d1);
  const year2 = y2 ? Number(y2) : year1 + (m1 * 100 + d1 > m2 * 100 + d2 ? 1 : 0);
  if (!y1 && !y2 && year1 > year2) year1 = year2;
  return range(index, raw, { year: year1, month: m1, day: d1 }, { year: year2, month: m2, day: d2 });
}

function datePairs(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.dayMonthPairs)) {
    const g = m.groups ?? {};
    const c = pairRange(m.index ?? 0, m[0], ctx, [monthNumber(g.m1), dayNumberValue(g.d1) ?? 0, g.y1], [monthNumber(g.m2), dayNumberValue(g.d2) ?? 0, g.year]);
    if (c) out.push(c);
  }
  for (const m of allMatches(ctx.text, RE.numeric)) {
    const g = m.groups ?? {};
    // "3-5" alone is a count; a dash pair of dates needs both months and days
    const c = pairRange(m.index ?? 0, m[0], ctx, [Number(g.m1), Number(g.d1), g.y1], [Number(g.m2), Number(g.d2), g.y2]);
    if (c) out.push(c);
  }
}

export function findEnglishCalendarRanges(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  // every pattern names a month, except the numeric one, which needs "5/1" or "10-1"
  if (!MONTH_STEM.test(ctx.text) && !NUMERIC_HINT.test(ctx.text)) return out;
  daysThenMonth(ctx, out);
  monthThenDays(ctx, out);
  months(ctx, out);
  datePairs(ctx, out);
  return out;
}
