import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { expandTwoDigitYear, type RuleContext } from "./rule-context.js";
import { daysInMonth, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Calendar quarters, as sales targets are set: "this quarter", "next qtr", "Q3",
 * "3rd quarter 2027", "Q4 2026", "26Q4", "2026Q4". A quarter as a date is its first
 * day (like a month alone); "end of Q3" is its last day.
 */

const UNIT = String.raw`(?:quarter|qtr)`;
const ORDINAL: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };
const EDGE = String.raw`(?:(?<edge>end|start|beginning|close)\s+of\s+(?:the\s+)?)?`;
const YEAR = String.raw`(?:(?:\s+(?:of\s+)?|-)(?<year>\d{4})|\s*'(?<yy>\d{2}))?`;

/** Every pattern names a quarter ("quarter", "qtr", "Q3"); see rule-hints.ts. */
const QUARTER_HINT = /quarter|qtr|q[1-4]/iu;

const RE = {
  relative: new RegExp(String.raw`\b${EDGE}(?:the\s+)?(?<rel>this|current|next|last|previous|past|following|coming|upcoming)\s+${UNIT}\b`, "giu"),
  ordinal: new RegExp(String.raw`\b${EDGE}(?:the\s+)?(?<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+${UNIT}${YEAR}\b`, "giu"),
  code: new RegExp(String.raw`\b${EDGE}(?:(?<pre>\d{4}|\d{2})(?:\s*|-))?Q(?<q>[1-4])(?![\w])${YEAR}`, "giu"),
} as const;

const REL_DELTA: Record<string, number> = { next: 1, following: 1, coming: 1, upcoming: 1, last: -1, previous: -1, past: -1 };

function quarterDate(year: number, quarter: number, edge: string | undefined): LocalDate {
  // quarter may run past 4 or below 1 after "next"/"last"
  const index = year * 4 + (quarter - 1);
  const y = Math.floor(index / 4);
  const q = (index % 4) + 1;
  if (edge !== undefined && /end|close/iu.test(edge)) {
    const month = q * 3;
    return { year: y, month, day: daysInMonth(y, month) };
  }
  return { year: y, month: q * 3 - 2, day: 1 };
}

/**
 * A quarter named without a year is this year's until it is over, then next year's: "revisit in Q2"
 * said in November means the coming April, "the third quarter" said in February the coming July.
 */
function yearOf(ctx: RuleContext, full: string | undefined, short: string | undefined, quarter: number): number {
  if (full !== undefined) return Number(full);
  if (short !== undefined) return expandTwoDigitYear(Number(short), ctx.today.year);
  const current = Math.floor((ctx.today.month - 1) / 3) + 1;
  return quarter < current ? ctx.today.year + 1 : ctx.today.year;
}

export function findEnglishQuarterDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!QUARTER_HINT.test(ctx.text)) return out;
  const current = Math.floor((ctx.today.month - 1) / 3) + 1;
  const push = (index: number, raw: string, date: LocalDate) => {
    out.push({ index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  };
  for (const m of allMatches(ctx.text, RE.relative)) {
    const g = m.groups ?? {};
    push(m.index ?? 0, m[0], quarterDate(ctx.today.year, current + (REL_DELTA[(g.rel ?? "").toLowerCase()] ?? 0), g.edge));
  }
  for (const m of allMatches(ctx.text, RE.ordinal)) {
    const g = m.groups ?? {};
    const nth = (g.nth ?? "").toLowerCase();
    // "the last quarter" without a year is the one before this one (above); with a year it is Q4
    if (nth === "last" && g.year === undefined && g.yy === undefined) continue;
    const quarter = ORDINAL[nth] ?? 4;
    push(m.index ?? 0, m[0], quarterDate(yearOf(ctx, g.year, g.yy, quarter), quarter, g.edge));
  }
  for (const m of allMatches(ctx.text, RE.code)) {
    const g = m.groups ?? {};
    const pre = g.pre;
    const quarter = Number(g.q);
    const year =
      pre !== undefined ? yearOf(ctx, pre.length === 4 ? pre : undefined, pre.length === 2 ? pre : undefined, quarter) : yearOf(ctx, g.year, g.yy, quarter);
    push(m.index ?? 0, m[0], quarterDate(year, quarter, g.edge));
  }
  return out;
}
