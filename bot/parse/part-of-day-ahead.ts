import type { ParsedDates } from "./parse-dates.js";
import { clauseTense } from "./clause-tense.js";
import type { ActivityMention } from "./infer-activity.js";
import { toldOutcome } from "./told-outcome.js";
import { splitClauses } from "./split-clauses.js";
import { compareDates, zonedParts } from "./zoned-time.js";

/**
 * A part of the day with no clock time: 傍晚, 晚上, 今晚, 下午, tonight, this evening. Said in the morning it is
 * still to come, so an activity dated by it cannot have been held yet ("傍晚跟顺丰吃饭" at 09:15 is a plan).
 */
const PART_OF_DAY =
  /^(?:今天|今日)?(?:上午|中午|下午|傍晚|晚上|晚间|夜里|今晚|今夜)$|^(?:tonight|tonite|2nite|2night|this\s+(?:afternoon|evening)|(?:this|later\s+this|late\s+this)\s+(?:afternoon|evening))$/iu;

/**
 * "傍晚跟顺丰吃饭", "今天傍晚去顺丰", "seeing Globex tonight" typed in the morning: the activity's own clause dates it
 * at a part of today still ahead, and nothing in the clause reports it done, so it is planned (a note with its
 * follow-up), not held at the moment of typing.
 */
export function plannedByPartOfDay(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date, timezone: string): boolean {
  if (!logged || logged.planned || logged.notDone) return false;
  const clause = splitClauses(text)[logged.clause];
  if (!clause || clauseTense(clause.text) === "past") return false;
  // …unless a later clause tells how it went ("晚上和京东吃饭，聊得不错"): typed after the event
  if (toldOutcome(text.slice(logged.index + logged.text.length))) return false;
  const today = zonedParts(now, timezone);
  return dates.dates.some((d) => {
    if (d.hasTime || !PART_OF_DAY.test(d.text.trim()) || d.at.getTime() <= now.getTime()) return false;
    const at = text.indexOf(d.text, clause.index);
    return at >= clause.index && at < clause.index + clause.text.length && compareDates(zonedParts(d.at, timezone), today) === 0;
  });
}
