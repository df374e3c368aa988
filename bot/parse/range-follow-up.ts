import type { ParsedDate } from './types.js';
import type { DateCandidate } from './date-candidate.js';
import { compareDates, zonedTimeToInstant, type LocalDate } from './zoned-time.js';

/** A range's end without a clock time: the start of that working day, like any bare day. */
const END_HOUR = 9;
const HOUR_MS = 3600000;

/**
 * "本周内回复", "这个月签", "未来三天跟进": a range that has already begun reads as its
 * start (Monday, the 1st) but the next step cannot lie in the past, so as a follow-up it
 * is the range's end (the deadline it sets), or an hour from now when that end is today
 * and already gone.
 */
export function followUpWithinRange(c: DateCandidate, parsed: ParsedDate, now: Date, today: LocalDate, timezone: string): ParsedDate {
  if (!c.rangeEnd || !c.date || compareDates(c.date, today) > 0) return parsed;
  const { date, time } = c.rangeEnd;
  // a range that is over ("上周") is background, never a next step
  if (compareDates(date, today) < 0) return parsed;
  let at = zonedTimeToInstant(date, time ?? { hour: END_HOUR, minute: 0 }, timezone);
  if (at.getTime() <= now.getTime()) at = new Date(now.getTime() + HOUR_MS);
  if (at.getTime() <= now.getTime()) return parsed;
  return { ...parsed, at, hasTime: time !== null };
}
