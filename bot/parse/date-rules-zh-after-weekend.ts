import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { mondayOf, type RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * "周末后再联系", "过了周末再打", "周末过后再联系": the Monday after the coming weekend ("after the weekend" already
 * was); read as the weekend itself (Saturday) or, after 过后, last weekend.
 */
const AFTER_WEEKEND = /过了?(?:这个)?周末|(?:这个)?周末(?:之后|以后|过后|过完|后)/gu;

export function findAfterWeekendDates(ctx: RuleContext): DateCandidate[] {
  if (!ctx.text.includes("周末")) return [];
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, AFTER_WEEKEND)) {
    const index = m.index ?? 0;
    // next week's Monday, as "after the weekend" reads it (on a Sunday: tomorrow)
    out.push({ index, end: index + m[0].length, date: mondayOf(ctx.today, 1), time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
