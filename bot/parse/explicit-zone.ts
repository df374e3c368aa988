import { zonedParts, type LocalDate, type LocalTime } from "./zoned-time.js";

/**
 * "4pm CET", "Thu at 8 am PST": a clock time written in another zone than the user's
 * is the same instant on the user's own clock (chrono reads the zone's offset).
 */
export function toUserClock(date: LocalDate, time: LocalTime, zoneOffsetMinutes: number, timezone: string): { date: LocalDate; time: LocalTime } {
  const instant = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, time.second ?? 0) - zoneOffsetMinutes * 60000;
  const p = zonedParts(new Date(instant), timezone);
  return {
    date: { year: p.year, month: p.month, day: p.day },
    time: { hour: p.hour, minute: p.minute, ...(time.second !== undefined ? { second: p.second } : {}) },
  };
}

/** chrono reads "CST" as US Central; to a user on China time it is China Standard Time, their own clock. */
export function writtenZoneOffset(phrase: string, chronoOffset: number | null, userOffsetMinutes: number): number | null {
  if (chronoOffset === null) return null;
  if (/\bCST\b/iu.test(phrase) && userOffsetMinutes === 480) return null;
  return chronoOffset;
}
