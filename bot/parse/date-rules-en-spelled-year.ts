import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { YEAR_WORDS, yearFromWords } from "./english-year-words.js";
import type { RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";
import { MONTH_STEM } from "./rule-hints.js";

/**
 * A date whose year is said in words: "January 25th nineteen eighty six",
 * "13 Sept nineteen seventy two", "the 1st of March two thousand and thirty".
 * (Day numbers in words are already digits here: english-day-words rewrites them.)
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH = String.raw`(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;

/**
 * A year in words alone after "in"/"since"…, or after a month: "in two thousand and twenty", "since nineteen
 * ninety six", "August two thousand and fifteen". Only forms with "thousand" or a 19xx: "June twenty one" is a day.
 */
const SAFE_YEAR_WORDS = String.raw`(?:(?:one|two)\s+thousand(?:\s+(?:and\s+)?[a-z]+(?:[\s-]+[a-z]+)?)?|nineteen\s+[a-z]+(?:[\s-]+[a-z]+)?)`;
const YEAR_ONLY = [
  new RegExp(
    String.raw`\b(?:in|during|since|until|till|by|from|before|after)\s+(?:the\s+year\s+)?(?<year>${SAFE_YEAR_WORDS})\b(?!\s*(?:dollars|usd|rmb|yuan|units|people|users|seats))`,
    "giu",
  ),
  new RegExp(String.raw`\b${MONTH},?\s+(?:of\s+)?(?<year>${SAFE_YEAR_WORDS})\b`, "giu"),
];

const PATTERNS = [
  new RegExp(String.raw`\b${MONTH}\s+(?:the\s+)?${DAY},?\s+(?:of\s+)?(?<year>${YEAR_WORDS})\b`, "giu"),
  new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH},?\s+(?:of\s+)?(?<year>${YEAR_WORDS})\b`, "giu"),
];

export function findEnglishSpelledYearDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  // both patterns name the month
  for (const re of MONTH_STEM.test(ctx.text) ? PATTERNS : []) {
    for (const m of allMatches(ctx.text, re)) {
      const g = m.groups ?? {};
      const month = MONTHS.findIndex((p) => (g.mon ?? "").toLowerCase().startsWith(p)) + 1;
      const year = yearFromWords(g.year ?? "");
      if (month < 1 || year === null || g.mon === "may") continue;
      const index = m.index ?? 0;
      // an impossible day stays as typed so parseDates reports it
      out.push({ index, end: index + m[0].length, date: { year, month, day: Number(g.day) }, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
    }
  }
  if (!/thousand|nineteen/iu.test(ctx.text)) return out;
  for (const re of YEAR_ONLY) {
    for (const m of allMatches(ctx.text, re)) {
      const g = m.groups ?? {};
      // the longest reading that is a year: "two thousand and fifteen" (not "two thousand" and "fifteen")
      const words = (g.year ?? "").split(/\s+/u);
      let year: number | null = null;
      let used = words.length;
      for (; used > 0 && year === null; used--) year = yearFromWords(words.slice(0, used).join(" "));
      if (year === null || g.mon?.toLowerCase() === "may") continue;
      const month = g.mon ? MONTHS.findIndex((p) => (g.mon ?? "").toLowerCase().startsWith(p)) + 1 : 1;
      const start = g.mon ? (m.index ?? 0) : (m.index ?? 0) + m[0].indexOf(g.year ?? "");
      const text = words
        .slice(0, used + 1)
        .join(" ")
        .replace(/\s+and$/iu, "");
      const end = (m.index ?? 0) + m[0].indexOf(g.year ?? "") + (g.year ?? "").indexOf(text) + text.length;
      if (out.some((c) => c.index <= start && c.end >= end)) continue;
      out.push({ index: start, end, date: { year, month, day: 1 }, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
    }
  }
  return out;
}
