import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { mondayOf, type RuleContext } from "./rule-context.js";
import { addDays, addMonths, daysInMonth, weekdayOf, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { englishWeekday } from "./english-weekday.js";

/**
 * A weekday tied to an offset: "Monday two weeks from now", "in 3 days on Friday",
 * "Thursday, a year from now": that weekday in the (Monday-first) week the offset lands in.
 */

const WEEKDAY = String.raw`(?<wd>(?:sun|mon|tues|wednes|thurs|fri|satur)day)`;
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const N = String.raw`(?<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)`;
/** "two weeks from now", "in 3 days" */
// "w" is "wk(s)" as unit-abbreviations.ts rewrites it for chrono
const OFFSET = String.raw`(?:in\s+)?${N}\s*(?<unit>day|week|w|month|year)s?(?<ahead>\s+(?:from\s+(?:now|today)|later|hence))?`;

/** Both patterns name a weekday in full ("...day"); see rule-hints.ts. */
const WEEKDAY_HINT = /day/iu;

const PATTERNS = [new RegExp(String.raw`\b${WEEKDAY},?\s+${OFFSET}\b`, "giu"), new RegExp(String.raw`\b${OFFSET},?\s+on\s+${WEEKDAY}\b`, "giu")];

function shifted(today: LocalDate, n: number, unit: string): LocalDate {
  if (unit === "day" || unit === "week") return addDays(today, n * (unit === "week" ? 7 : 1));
  const { year, month } = addMonths(today.year, today.month, n * (unit === "year" ? 12 : 1));
  return { year, month, day: Math.min(today.day, daysInMonth(year, month)) };
}

export function findEnglishWeekdayOffsets(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!WEEKDAY_HINT.test(ctx.text)) return out;
  for (const re of PATTERNS) {
    for (const m of allMatches(ctx.text, re)) {
      const g = m.groups ?? {};
      // "Monday 3 weeks" alone is no offset: it needs "in" before it or "from now" / "later" after it
      if (g.ahead === undefined && !/^in\s|\sin\s/iu.test(m[0])) continue;
      const weekday = englishWeekday(g.wd);
      const n = COUNT[(g.n ?? "").toLowerCase()] ?? Number(g.n);
      const unit = (g.unit ?? "").toLowerCase();
      const target = shifted(ctx.today, n, unit === "w" ? "week" : unit);
      const monday = mondayOf({ ...target, hour: 0, minute: 0, second: 0, weekday: weekdayOf(target) }, 0);
      const index = m.index ?? 0;
      out.push({ index, end: index + m[0].length, date: addDays(monday, (weekday + 6) % 7), time: null, partOfDayHour: null, priority: PRIORITY_RULE });
    }
  }
  return out;
}
