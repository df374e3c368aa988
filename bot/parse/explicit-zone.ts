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

/**
 * A zone chrono read is one written as a zone: in capitals ("PST", "WEST"), an offset ("GMT+8"), or one of the
 * abbreviations people type in lower case ("9am est"). "2pm west coast time" is no Western European Summer Time.
 */
const WRITTEN_ZONE = /\b[A-Z]{2,5}\b|[+-]\d{1,2}(?::?\d{2})?\b|\b(?:est|edt|et|pst|pdt|pt|cst|cdt|ct|mst|mdt|gmt|utc|cet|cest|bst|ist|jst|sgt|hkt)\b\s*$/u;

/** chrono reads "CST" as US Central; to a user on China time it is China Standard Time, their own clock. */
export function writtenZoneOffset(phrase: string, chronoOffset: number | null, userOffsetMinutes: number): number | null {
  if (chronoOffset === null || !WRITTEN_ZONE.test(phrase.replace(/\b(?:AM|PM|A\.M\.|P\.M\.)\b/gu, ""))) return null;
  if (/\bCST\b/iu.test(phrase) && userOffsetMinutes === 480) return null;
  return chronoOffset;
}
