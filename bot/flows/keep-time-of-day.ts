import type { ParsedDate } from "../parse/types.js";
import { zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";

/**
 * "pushed to Thursday", "不对，是下周三": a new day said without a time keeps the time the
 * follow-up already had (the 2pm demo stays at 2pm), in the user's zone.
 */
export function newDueAt(date: ParsedDate, current: Date, timezone: string, now: Date): Date {
  if (date.hasTime) return date.at;
  const day = zonedParts(date.at, timezone);
  const time = zonedParts(current, timezone);
  const kept = zonedTimeToInstant({ year: day.year, month: day.month, day: day.day }, { hour: time.hour, minute: time.minute }, timezone);
  // today at a time already gone: the day's default time instead
  return kept.getTime() > now.getTime() ? kept : date.at;
}
