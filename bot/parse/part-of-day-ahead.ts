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
  // ("今天上午去顺丰总部开会" at 08:20: 今天上午, which PAST_ZH counts, is still ahead; the dates below decide)
  if (!clause || clauseTense(clause.text.replace(/今天上午|今天早上|今早/gu, "今天")) === "past") return false;
  // …unless a later clause tells how it went ("晚上和京东吃饭，聊得不错"): typed after the event
  if (toldOutcome(text.slice(logged.index + logged.text.length))) return false;
  const today = zonedParts(now, timezone);
  return dates.dates.some((d) => {
    if (d.hasTime || !PART_OF_DAY.test(d.text.trim()) || d.at.getTime() <= now.getTime()) return false;
    const at = text.indexOf(d.text, clause.index);
    return at >= clause.index && at < clause.index + clause.text.length && compareDates(zonedParts(d.at, timezone), today) === 0;
  });
}

/** Marks of a deed done in a Chinese clause (今天上午 alone, which PAST_ZH counts, is no deed). */
const DONE_ZH = /了|过|已|刚|完/u;

/**
 * "今天上午十点拜访顺丰", "今天上午十点 去顺丰" typed at 09:10: a clock time later today dates the activity, and
 * nothing in its clause reports it done, so it is planned for then (it was held at the moment of typing,
 * with a follow-up at 10:00 beside it).
 */
export function plannedByClockToday(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date, timezone: string): boolean {
  if (!logged || logged.planned || logged.notDone || !/\p{Script=Han}/u.test(logged.text)) return false;
  const clauses = splitClauses(text);
  const clause = clauses[logged.clause];
  if (!clause || DONE_ZH.test(clause.text)) return false;
  if (toldOutcome(text.slice(logged.index + logged.text.length))) return false;
  // the date may be spaced off right before the activity's part ("今天上午十点 去顺丰")
  const before = clauses[logged.clause - 1];
  const from = before && /^\s+$/u.test(text.slice(before.index + before.text.length, clause.index)) && !DONE_ZH.test(before.text) ? before.index : clause.index;
  const today = zonedParts(now, timezone);
  return dates.dates.some((d) => {
    if (!d.hasTime || d.at.getTime() <= now.getTime() || compareDates(zonedParts(d.at, timezone), today) !== 0) return false;
    const at = text.indexOf(d.text, from);
    return at >= from && at < logged.index;
  });
}

/** "this morning" / "this afternoon" date the day; they report nothing done by themselves. */
const THIS_PART_EN = /\bthis\s+(?:morning|afternoon|evening|am|a\.m\.|pm|p\.m\.)\b/giu;

/**
 * "Pied Piper - coffee w/ Richard this morning at 9" typed at 07:40: in English, a clock time later today in the
 * activity's clause, which reports nothing done, plans it.
 */
export function plannedByClockTodayEn(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date, timezone: string): boolean {
  if (!logged || logged.planned || logged.notDone || /\p{Script=Han}/u.test(logged.text)) return false;
  const clause = splitClauses(text)[logged.clause];
  if (!clause || clauseTense(clause.text.replace(THIS_PART_EN, " ")) === "past") return false;
  if (toldOutcome(text.slice(logged.index + logged.text.length))) return false;
  const today = zonedParts(now, timezone);
  return dates.dates.some((d) => {
    if (!d.hasTime || d.at.getTime() <= now.getTime() || compareDates(zonedParts(d.at, timezone), today) !== 0) return false;
    const at = text.indexOf(d.text, clause.index);
    return at >= clause.index && at < clause.index + clause.text.length;
  });
}
