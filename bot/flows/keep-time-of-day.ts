import type { ParsedDate } from "../parse/types.js";
import { zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";

/**
 * "pushed to Thursday", "不对，是下周三": a new day said without a time keeps the time the
 * follow-up already had (the 2pm demo stays at 2pm), in the user's zone.
 */
export function newDueAt(date: ParsedDate, current: Date, timezone: string, now: Date): Date {
  if (date.hasTime) {
    const kept = clockOnly(date, timezone, now) ? onCurrentDay(date.at, current, timezone) : null;
    return kept && kept.getTime() > now.getTime() ? kept : date.at;
  }
  const day = zonedParts(date.at, timezone);
  const time = zonedParts(current, timezone);
  const kept = zonedTimeToInstant({ year: day.year, month: day.month, day: day.day }, { hour: time.hour, minute: time.minute }, timezone);
  // today at a time already gone: the day's default time instead
  return kept.getTime() > now.getTime() ? kept : date.at;
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

function onCurrentDay(at: Date, current: Date, timezone: string): Date {
  const day = zonedParts(current, timezone);
  const time = zonedParts(at, timezone);
  return zonedTimeToInstant({ year: day.year, month: day.month, day: day.day }, { hour: time.hour, minute: time.minute }, timezone);
}
