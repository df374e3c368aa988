import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { expandTwoDigitYear, type RuleContext } from "./rule-context.js";
import type { LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { MONTH_STEM } from "./rule-hints.js";

/**
 * Years and months without a day, read as their first day: "in 2027", "2027-03",
 * "2027/3", "this yr", "current year", "March in 1 year", "March after next"; and a
 * day whose year follows after "of"/"in": "July 4th of 2027", "28 June in 2027".
 */

const MONTH = String.raw`(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const DAY = String.raw`(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
/** what follows a number that is a quantity, not a year */
const NOT_A_YEAR_AFTER = String.raw`(?!\s*(?:[-/.:,]\d|%|k\b|units?|pcs|pieces|people|users|seats|licen[cs]es|boxes|items|orders|usd|dollars|rmb|yuan|元|块))`;

const RE = {
  inYear: new RegExp(
    String.raw`\b(?:in|during|since|until|till|by|from|before|after)\s+(?:the\s+year\s+)?(?<year>1[89]\d\d|20\d\d)(?:\s*(?:A\.?D\.?|C\.?E\.?)(?!\w))?\b${NOT_A_YEAR_AFTER}`,
    "giu",
  ),
  yearMonth: /(?<![\d/.-])(?<year>(?:19|20)\d\d)[-/](?<month>1[0-2]|0?[1-9])(?![\d/.-]|:\d)/gu,
  // "Dec/2018", "Mar-2027": a month with its year after a slash or dash
  monthSlashYear: new RegExp(String.raw`\b${MONTH}[/-](?<year>(?:19|20)\d\d)(?![\d/.-])`, "giu"),
  relYear: /\b(?<rel>this|current|next|last|previous|past|coming)\s+(?:yr|year)\b(?!\s+(?:to|of|ago|from))/giu,
  monthInYears: new RegExp(String.raw`\b${MONTH}\s+in\s+(?<n>\d|an?|one|two|three|four|five)\s+years?\b`, "giu"),
  monthAfterNext: new RegExp(String.raw`\b${MONTH}\s+after\s+next\b`, "giu"),
  monthDayOfYear: new RegExp(String.raw`\b${MONTH}\s+(?:the\s+)?${DAY},?\s+(?:of|in)\s+(?:the\s+year\s+)?(?<year>\d{4}|'?\d{2})(?![\d:])`, "giu"),
  dayMonthOfYear: new RegExp(
    String.raw`\b(?:the\s+)?${DAY}\s+(?:day\s+)?(?:of\s+)?${MONTH},?\s+(?:of|in)\s+(?:the\s+year\s+)?(?<year>\d{4}|'?\d{2})(?![\d:])`,
    "giu",
  ),
  // "next 5/12", "next March 3", "next 6th of April": the first one after today
  nextDay: new RegExp(
    String.raw`\b(?:next|upcoming|coming)\s+(?:(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])(?![\d/])|${MONTH}\s+(?:the\s+)?${DAY}(?![\d:])|(?:the\s+)?(?<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)`,
    "giu",
  ),
} as const;

/** Every pattern needs a year 1800-2099, "yr"/"year" or "next"/"(up)coming", or else a month name and a digit; see rule-hints.ts. */
const YEAR_HINT = /(?:1[89]|20)\d\d|yr|year|next|coming/iu;

const REL_DELTA: Record<string, number> = { next: 1, coming: 1, last: -1, previous: -1, past: -1 };

function monthIndex(word: string | undefined): number {
  return MONTHS.findIndex((p) => (word ?? "").toLowerCase().startsWith(p)) + 1;
}

export function findEnglishYearDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!YEAR_HINT.test(ctx.text) && !(MONTH_STEM.test(ctx.text) && /\d/u.test(ctx.text))) return out;
  const { today } = ctx;
  const push = (index: number, raw: string, date: LocalDate) => {
    out.push({ index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  };
  for (const m of allMatches(ctx.text, RE.inYear)) {
    // the span leaves out "in" so "in 2027" sits next to the words before it
    const year = m.groups?.year ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(year);
    push(start, m[0].slice(m[0].indexOf(year)), { year: Number(year), month: 1, day: 1 });
  }
  for (const m of allMatches(ctx.text, RE.yearMonth)) {
    push(m.index ?? 0, m[0], { year: Number(m.groups?.year), month: Number(m.groups?.month), day: 1 });
  }
  for (const m of allMatches(ctx.text, RE.monthSlashYear)) {
    push(m.index ?? 0, m[0], { year: Number(m.groups?.year), month: monthIndex(m.groups?.mon), day: 1 });
  }
  for (const m of allMatches(ctx.text, RE.relYear)) {
    push(m.index ?? 0, m[0], { year: today.year + (REL_DELTA[(m.groups?.rel ?? "").toLowerCase()] ?? 0), month: 1, day: 1 });
  }
  for (const m of allMatches(ctx.text, RE.monthInYears)) {
    const g = m.groups ?? {};
    const month = monthIndex(g.mon);
    if (month < 1 || g.mon === "may") continue;
    push(m.index ?? 0, m[0], { year: today.year + (COUNT[(g.n ?? "").toLowerCase()] ?? Number(g.n)), month, day: 1 });
  }
  for (const m of allMatches(ctx.text, RE.monthAfterNext)) {
    const month = monthIndex(m.groups?.mon);
    if (month < 1 || m.groups?.mon === "may") continue;
    // the coming March is this year's when it is still ahead; "after next" is the one after it
    const coming = month > today.month ? today.year : today.year + 1;
    push(m.index ?? 0, m[0], { year: coming + 1, month, day: 1 });
  }
  for (const m of allMatches(ctx.text, RE.nextDay)) {
    const g = m.groups ?? {};
    const month = g.m !== undefined ? Number(g.m) : monthIndex(g.mon ?? g.mon2);
    const day = Number(g.d ?? g.day ?? g.day2);
    if (month < 1) continue;
    const ahead = month > today.month || (month === today.month && day > today.day);
    push(m.index ?? 0, m[0], { year: ahead ? today.year : today.year + 1, month, day });
  }
  for (const re of [RE.monthDayOfYear, RE.dayMonthOfYear]) {
    for (const m of allMatches(ctx.text, re)) {
      const g = m.groups ?? {};
      const month = monthIndex(g.mon);
      const written = (g.year ?? "").replace("'", "");
      if (month < 1 || g.mon === "may") continue;
      const year = written.length === 2 ? expandTwoDigitYear(Number(written), today.year) : Number(written);
      // an impossible day stays as typed so parseDates reports it
      push(m.index ?? 0, m[0], { year, month, day: Number(g.day) });
    }
  }
  return out;
}
