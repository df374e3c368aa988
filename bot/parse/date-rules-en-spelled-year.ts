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

const PATTERNS = [
  new RegExp(String.raw`\b${MONTH}\s+(?:the\s+)?${DAY},?\s+(?:of\s+)?(?<year>${YEAR_WORDS})\b`, "giu"),
  new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH},?\s+(?:of\s+)?(?<year>${YEAR_WORDS})\b`, "giu"),
];

export function findEnglishSpelledYearDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  // both patterns name the month
  if (!MONTH_STEM.test(ctx.text)) return out;
  for (const re of PATTERNS) {
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
  return out;
}
