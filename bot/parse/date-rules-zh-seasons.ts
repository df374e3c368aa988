import { PRIORITY_RANGE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * A season of a named year: "今年夏天", "明年春季", "去年冬天". Chinese seasons are
 * counted by months (春 March to May, 夏 June to August, 秋 September to November, 冬
 * December to February), as the weather service does; a season without a year word
 * ("夏天再说") is too vague to schedule and is left alone.
 */

const YEAR_OFFSET: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1, 后年: 2 };
const FIRST_MONTH: Record<string, number> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 };

const SEASON_RE = /(?<year>前年|去年|今年|明年|后年)的?(?<season>[春夏秋冬])(?:天|季)(?!度)/gu;

export function findChineseSeasonDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, SEASON_RE)) {
    const g = m.groups ?? {};
    const year = ctx.today.year + (YEAR_OFFSET[g.year ?? ""] ?? 0);
    const month = FIRST_MONTH[g.season ?? ""] ?? 3;
    const start: LocalDate = { year, month, day: 1 };
    // the day before the next season's first day
    const next: LocalDate = month === 12 ? { year: year + 1, month: 3, day: 1 } : { year, month: month + 3, day: 1 };
    const index = m.index ?? 0;
    out.push({
      index,
      end: index + m[0].length,
      date: start,
      time: null,
      partOfDayHour: null,
      priority: PRIORITY_RANGE,
      until: { date: addDays(next, -1), time: null },
    });
  }
  return out;
}
