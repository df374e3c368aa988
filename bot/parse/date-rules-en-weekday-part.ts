import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { mondayOf, type RuleContext } from "./rule-context.js";
import { addDays } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { englishWeekday } from "./english-weekday.js";

/**
 * "trying again wed am", "chase mon am if no reply", "call fri pm": a weekday with am / pm, which chrono reads as
 * nothing ("wed am") or as the day at 9:00 ("fri pm"). The coming such day (today while its part is still ahead;
 * "next wed am" the one of next week), in the morning or the afternoon.
 */
const WEEKDAY_PART =
  /\b(?:(?<next>next|this)\s+)?(?<day>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\s+(?<part>am|pm|a\.m\.|p\.m\.)(?![\w.])/giu;
const HINT = /\b(?:am|pm|a\.m|p\.m)\b/iu;

export function findEnglishWeekdayParts(ctx: RuleContext): DateCandidate[] {
  if (!HINT.test(ctx.text)) return [];
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, WEEKDAY_PART)) {
    const g = m.groups ?? {};
    const weekday = englishWeekday(g.day);
    if (weekday < 0) continue;
    const hour = /^a/iu.test(g.part ?? "") ? 9 : 14;
    let date;
    if ((g.next ?? "").toLowerCase() === "next") date = addDays(mondayOf(ctx.today, 1), (weekday + 6) % 7);
    else {
      let ahead = (weekday - ctx.today.weekday + 7) % 7;
      // today's morning said in the afternoon is next week's
      if (ahead === 0 && ctx.today.hour >= (hour === 9 ? 12 : 18)) ahead = 7;
      date = addDays(ctx.today, ahead);
    }
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date, time: null, partOfDayHour: hour, priority: PRIORITY_RULE });
  }
  return out;
}
