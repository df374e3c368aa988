import type { ParsedDate } from "./types.js";
import { zonedParts } from "./zoned-time.js";

/**
 * A calendar day (a deal's close date, a contract's end) kept in an instant column: noon UTC of that
 * day. It is the same day for every reader from UTC−11 to UTC+11, so a date set in Shanghai is the
 * same day on a Los Angeles rep's card, in the edit form, in an export and in the digest.
 */
export function calendarDayInstant(day: { year: number; month: number; day: number }): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
}

/** The calendar day an instant falls on in a zone, kept as calendarDayInstant. */
export function calendarDayOf(at: Date, timeZone: string): Date {
  return calendarDayInstant(zonedParts(at, timeZone));
}

/** A stored calendar day as "YYYY-MM-DD" (the date input's format). */
export function calendarDayText(at: Date | null | undefined): string | undefined {
  if (!at) return undefined;
  return at.toISOString().slice(0, 10);
}

/**
 * The moment a date phrase means for a deal date: a period ("月底", "next month") means its last day
 * for a close date or a contract end, its first day for a contract start.
 */
export function momentMeant(date: ParsedDate, start: boolean): Date {
  // A period's end instant is already the next day.
  return date.until && !start ? new Date(date.until.getTime() - 1) : date.at;
}
