import type { ParsedDate } from "./types.js";
import type { DateCandidate } from "./date-candidate.js";
import { addDays, compareDates, zonedTimeToInstant, type LocalDate, type LocalDateTime } from "./zoned-time.js";

/**
 * A period that is already under way ("follow up this week", "later this month") still
 * names a next step, but its first day may lie behind us. The follow-up must never be a
 * past date, so it moves to the next working moment inside the period, in the style of a
 * plan for today: 09:00 while that is still ahead, else an hour from now.
 */

const WORKDAY_START = { hour: 9, minute: 0 };
const HOUR_MS = 3600000;

/**
 * "1月5日至1月8日" read in December, "from Monday to Wednesday" said on a Wednesday: each end was
 * resolved on its own and may land before the start; the end is the first such day on or after it
 * (a year on for a date, a week on for a weekday).
 */
function endOnOrAfter(end: LocalDate, start: LocalDate): LocalDate {
  let day = end;
  for (let i = 0; i < 3 && compareDates(day, start) < 0; i++) {
    const daysBehind = Math.round((Date.UTC(start.year, start.month - 1, start.day) - Date.UTC(day.year, day.month - 1, day.day)) / 86_400_000);
    day = daysBehind > 300 ? { ...day, year: day.year + 1 } : addDays(day, 7);
  }
  return day;
}

/** The instant a range ends: the end of its last day, or its closing clock time. */
export function rangeEndInstant(until: NonNullable<DateCandidate["until"]>, startDay: LocalDate, timezone: string): Date {
  const day = endOnOrAfter(until.date ?? startDay, startDay);
  if (until.time) return zonedTimeToInstant(day, until.time, timezone);
  return zonedTimeToInstant(addDays(day, 1), { hour: 0, minute: 0 }, timezone);
}

/**
 * When to follow up on a range starting at `start`: its start, or now's next slot when it
 * contains now; a deadline ("within 2 weeks") is followed up on its last day.
 */
export function followUpWithin(c: DateCandidate, start: Date, end: Date | undefined, now: Date, today: LocalDateTime, timezone: string): Date {
  if (c.followUpAtEnd && c.until?.date) return zonedTimeToInstant(c.until.date, c.until.time ?? WORKDAY_START, timezone);
  const nowMs = now.getTime();
  if (!end || start.getTime() > nowMs || end.getTime() <= nowMs) return start;
  const by = c.stepBy && compareDates(c.stepBy, today) > 0 ? zonedTimeToInstant(c.stepBy, c.time ?? WORKDAY_START, timezone) : null;
  if (by) return by;
  const morning = zonedTimeToInstant(today, WORKDAY_START, timezone);
  return morning.getTime() > nowMs ? morning : new Date(nowMs + HOUR_MS);
}

/**
 * A part of day without a clock time ("this afternoon", "tonight", "下午") is a period too:
 * it lasts until the next part begins, so "follow up this afternoon" said at 15:00 still
 * has a follow-up ahead.
 */
export function partOfDayUntil(c: DateCandidate): DateCandidate["until"] | undefined {
  if (c.until || c.time !== null || c.partOfDayHour === null) return c.until;
  const hour = c.partOfDayHour;
  const end = hour < 12 ? 12 : hour < 14 ? 14 : hour < 18 ? 18 : 24;
  return end === 24 ? { date: null, time: { hour: 23, minute: 59, second: 59 } } : { date: null, time: { hour: end, minute: 0 } };
}

/** A range's end without a clock time: the start of that working day, like any bare day. */
const END_HOUR = 9;

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
