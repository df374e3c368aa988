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
