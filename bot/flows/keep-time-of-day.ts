import type { ParsedDate } from "../parse/types.js";
import { zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";

/**
 * "pushed to Thursday", "不对，是下周三": a new day said without a time keeps the time the
 * follow-up already had (the 2pm demo stays at 2pm), in the user's zone.
 */
export function newDueAt(date: ParsedDate, current: Date, timezone: string, now: Date): Date {
  // a clock said alone keeps the follow-up's day; a day said alone keeps its time
  const kept = !date.hasTime ? dayWithTime(date.at, current, timezone) : clockOnly(date, timezone, now) ? dayWithTime(current, date.at, timezone) : null;
  // today at a time already gone: what was said, as the parser read it
  return kept && kept.getTime() > now.getTime() ? kept : date.at;
}

/** Day words a clock may come with ("today 2pm", "今天下午两点", "tonight"): the day was said. */
const DAY_SAID =
  /\b(?:today|tonight|tonite|tomorrow|tmrw|mon|tue|wed|thu|fri|sat|sun|week|month)|\d{1,2}\s*[\/.-]\s*\d{1,2}|今|明|后天|周|星期|礼拜|号|日|月/iu;

/**
 * "make it 2pm", "改成下午两点": a clock said alone moves the time, not the day. The parser puts a
 * clock alone on today (or tomorrow once it is gone); the words say whether a day was named.
 */
function clockOnly(date: ParsedDate, timezone: string, now: Date): boolean {
  if (DAY_SAID.test(date.text)) return false;
  const day = zonedParts(date.at, timezone);
  const today = zonedParts(now, timezone);
  const tomorrow = zonedParts(new Date(now.getTime() + 86_400_000), timezone);
  const same = (a: typeof day, b: typeof day) => a.year === b.year && a.month === b.month && a.day === b.day;
  return same(day, today) || same(day, tomorrow);
}

/**
 * "改到下午两点" typed at 16:00: a clock said alone that is already gone today is read as a time past (the
 * sentence's occurredAt), yet it still names the time for the follow-up's own day. Only a clock with no day word.
 */
export function clockAloneGone(date: ParsedDate | null, timezone: string, now: Date): ParsedDate | null {
  return date?.hasTime && date.at.getTime() <= now.getTime() && clockOnly(date, timezone, now) ? date : null;
}

/** The local day of `day` at the local time of day of `time`, in `timezone`. */
function dayWithTime(day: Date, time: Date, timezone: string): Date {
  const d = zonedParts(day, timezone);
  const t = zonedParts(time, timezone);
  return zonedTimeToInstant({ year: d.year, month: d.month, day: d.day }, { hour: t.hour, minute: t.minute }, timezone);
}
