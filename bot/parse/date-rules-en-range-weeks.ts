import { PRIORITY_RANGE, type DateCandidate } from "./date-candidate.js";
import { MONTH_WORD, countValue, monthNumber } from "./date-words-en.js";
import { mondayOf, type RuleContext } from "./rule-context.js";
import { addDays, daysInMonth, dayNumber, nearestYear, weekdayOf, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Weeks and halves inside a named month or year: "the first week of 2021", "3rd week of
 * Jan", "the last week of July", "the last week of this month", "first half of 2017", "2019 H2".
 * A week belongs to the month (or year) holding at least four of its days, as ISO weeks do.
 */

const NTH: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5, last: -1 };
const NTH_WORD = String.raw`(?<nth>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)`;
const YEAR = String.raw`(?:1[89]|2[01])\d{2}`;
const PERIOD = String.raw`(?:(?<month>${MONTH_WORD})(?:,?\s+(?<my>${YEAR}))?|(?<year>${YEAR})|(?<rel>this|next|last|the)\s+(?<unit>month|year))`;

const RE = {
  nthWeek: new RegExp(String.raw`\b(?:the\s+)?${NTH_WORD}\s+(?:(?<count>\d|two|three|four)\s+)?weeks?\s+(?:of|in)\s+${PERIOD}\b`, "giu"),
  half: new RegExp(
    String.raw`\b(?:the\s+)?(?<which>first|1st|second|2nd|latter)\s+half\s+of\s+(?:(?<year>${YEAR})|(?<rel>this|next|last|the)\s+year)\b`,
    "giu",
  ),
  h: new RegExp(String.raw`\b(?:(?<y1>${YEAR})[\s-]?H(?<h1>[12])|H(?<h2>[12])[\s-]?(?<y2>${YEAR}))\b`, "gu"),
} as const;

function range(index: number, raw: string, start: LocalDate, last: LocalDate): DateCandidate {
  return { index, end: index + raw.length, date: start, time: null, partOfDayHour: null, priority: PRIORITY_RANGE, until: { date: last, time: null } };
}

const mondayBefore = (d: LocalDate): LocalDate => mondayOf({ ...d, hour: 0, minute: 0, second: 0, weekday: weekdayOf(d) }, 0);

/** The Monday of the period's first week: the week of its first day when four or more of that week's days fall inside. */
function firstWeek(first: LocalDate): LocalDate {
  const monday = mondayBefore(first);
  return dayNumber(first) - dayNumber(monday) <= 3 ? monday : addDays(monday, 7);
}

function lastWeek(last: LocalDate): LocalDate {
  const monday = mondayBefore(last);
  return dayNumber(last) - dayNumber(monday) >= 3 ? monday : addDays(monday, -7);
}

function periodBounds(ctx: RuleContext, g: Record<string, string | undefined>): [LocalDate, LocalDate] | null {
  const { today } = ctx;
  if (g.month) {
    const month = monthNumber(g.month);
    if (!month || g.month === "may" || g.month === "mar") return null;
    const year = g.my ? Number(g.my) : nearestYear(today, month, 15);
    return [
      { year, month, day: 1 },
      { year, month, day: daysInMonth(year, month) },
    ];
  }
  const rel = (g.rel ?? "").toLowerCase();
  const delta = rel === "next" ? 1 : rel === "last" ? -1 : 0;
  if ((g.unit ?? "").toLowerCase() === "month") {
    const first = new Date(Date.UTC(today.year, today.month - 1 + delta, 1));
    const year = first.getUTCFullYear();
    const month = first.getUTCMonth() + 1;
    return [
      { year, month, day: 1 },
      { year, month, day: daysInMonth(year, month) },
    ];
  }
  const year = g.year ? Number(g.year) : today.year + delta;
  return [
    { year, month: 1, day: 1 },
    { year, month: 12, day: 31 },
  ];
}

function nthWeeks(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.nthWeek)) {
    const g = m.groups ?? {};
    const nth = NTH[(g.nth ?? "").toLowerCase()];
    const count = g.count ? (countValue(g.count) ?? 1) : 1;
    const bounds = periodBounds(ctx, g);
    if (nth === undefined || !bounds) continue;
    const [first, last] = bounds;
    const start = nth > 0 ? addDays(firstWeek(first), 7 * (nth - 1)) : addDays(lastWeek(last), -7 * (count - 1));
    const end = nth > 0 ? addDays(start, 7 * count - 1) : addDays(lastWeek(last), 6);
    out.push(range(m.index ?? 0, m[0], start, end));
  }
}

function halves(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.half)) {
    const g = m.groups ?? {};
    const rel = (g.rel ?? "").toLowerCase();
    const year = g.year ? Number(g.year) : ctx.today.year + (rel === "next" ? 1 : rel === "last" ? -1 : 0);
    const second = !/^(?:first|1st)$/iu.test(g.which ?? "");
    out.push(range(m.index ?? 0, m[0], { year, month: second ? 7 : 1, day: 1 }, { year, month: second ? 12 : 6, day: second ? 31 : 30 }));
  }
  for (const m of allMatches(ctx.text, RE.h)) {
    const g = m.groups ?? {};
    const year = Number(g.y1 ?? g.y2);
    const second = (g.h1 ?? g.h2) === "2";
    out.push(range(m.index ?? 0, m[0], { year, month: second ? 7 : 1, day: 1 }, { year, month: second ? 12 : 6, day: second ? 31 : 30 }));
  }
}

/** nthWeek names a week, half a half, h a four-digit year ("2027 H1"); see rule-hints.ts. */
const WEEKS_HINT = /week|half|\d\d\d\d/iu;

export function findEnglishWeeksAndHalves(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!WEEKS_HINT.test(ctx.text)) return out;
  nthWeeks(ctx, out);
  halves(ctx, out);
  return out;
}
