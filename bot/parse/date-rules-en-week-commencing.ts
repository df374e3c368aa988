import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { upcomingDayOfMonth, type RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * "Fabrikam call w/c 14th", "wc 14th", "week commencing 14th", "week beginning the 4th": a British week named by the day
 * it starts on. chrono reads no bare "14th", and our "the 14th" rule needs its "the", so the call was logged as
 * held with no follow-up. The day is the coming one (this month's while ahead, else next month's); a month written
 * after it ("w/c 4 Jan") is chrono's.
 */
const WEEK_COMMENCING =
  /\b(?<lead>w\/c|wc|wk\s+of|week\s+(?:commencing|beginning|starting|of))(?:\s+(?:on|from))?\s+(?:the\s+)?(?<day>[1-9]|[12]\d|3[01])(?<suffix>st|nd|rd|th)?\b(?![\s/.-]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|of\b))/giu;
const HINT = /w\/?c|week|wk/iu;
/** "wc 10 people", "the wc 14th floor": a count or a place, not a day (a bare "wc" also needs its st/nd/rd/th). */
const THING_AFTER = /^\s+(?:floor|people|persons|users|seats|units|items|rooms?|place|row|level|time|round)\b/iu;

export function findEnglishWeekCommencing(ctx: RuleContext): DateCandidate[] {
  if (!HINT.test(ctx.text)) return [];
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, WEEK_COMMENCING)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if ((/^wc$/iu.test(g.lead ?? "") && !g.suffix) || THING_AFTER.test(ctx.text.slice(end))) continue;
    out.push({ index, end, date: upcomingDayOfMonth(ctx.today, Number(g.day)), time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
