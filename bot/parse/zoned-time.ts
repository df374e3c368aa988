/**
 * Wall-clock arithmetic in an IANA zone without any dependency on the
 * process TZ. Everything goes through Intl so results are identical whether
 * the server runs in UTC or in Shanghai.
 */

import { rememberRecent } from "../../domain/shared/remember-recent.js";
import { zoneFormatter } from "../../domain/shared/zone-formatter.js";

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
  /** only when the text gave seconds ("8:00:20") */
  second?: number;
}

export interface LocalDateTime extends LocalDate, LocalTime {
  second: number;
  /** 0 = Sunday, matching Date#getUTCDay and chrono's Weekday enum */
  weekday: number;
}

/** A bad zone name from user settings must not take the whole parser down. */
export function safeTimeZone(timezone: string): string {
  try {
    zoneFormatter(timezone);
    return timezone;
  } catch {
    return "UTC";
  }
}

/**
 * Recent answers of zonedParts: one sentence asks for the same few instants (now, midnight, the
 * candidates' days) dozens of times, and formatToParts was 7% of parsing a sentence.
 */
const recentParts = rememberRecent(512, (instant: Date, timezone: string) => `${timezone}|${instant.getTime()}`, computeZonedParts);

export function zonedParts(instant: Date, timezone: string): LocalDateTime {
  return { ...recentParts(instant, timezone) };
}

const HOUR_MS = 3_600_000;
/** 1971–2099: years Intl writes as plain four-digit numbers, where the UTC getters and the formatter agree. */
const FAST_FROM = Date.UTC(1971, 0, 1);
const FAST_UNTIL = Date.UTC(2099, 0, 1);

/**
 * The zone's offset (ms) throughout one UTC hour, or null when it changes within the hour, per
 * "zone|hour": the offset at the hour's first and last millisecond, read with the formatter. No
 * zone changes its offset twice in one hour, so two equal readings mean one offset all hour.
 */
const offsetThroughHour = rememberRecent(
  2_048,
  (timezone: string, hour: number) => `${timezone}|${hour}`,
  (timezone: string, hour: number): number | null => {
    const start = hour * HOUR_MS;
    const first = formattedOffset(new Date(start), timezone);
    return first === formattedOffset(new Date(start + HOUR_MS - 1), timezone) ? first : null;
  },
);

/** Local wall time minus the instant, both in whole seconds, as the formatter writes the wall time. */
function formattedOffset(instant: Date, timezone: string): number {
  const p = formattedParts(instant, timezone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * Intl's reading of `instant` (formatToParts, 10–20 µs a call), or the same fields from the UTC
 * getters shifted by the zone's offset when that offset holds all through the instant's hour
 * (read once per zone and hour): each message's `now` is a new instant, the hour mostly is not.
 */
function computeZonedParts(instant: Date, timezone: string): LocalDateTime {
  const time = instant.getTime();
  if (time >= FAST_FROM && time < FAST_UNTIL) {
    const offset = offsetThroughHour(timezone, Math.floor(time / HOUR_MS));
    if (offset !== null) {
      const local = new Date(time + offset);
      const year = local.getUTCFullYear();
      const month = local.getUTCMonth() + 1;
      const day = local.getUTCDate();
      return {
        year,
        month,
        day,
        hour: local.getUTCHours(),
        minute: local.getUTCMinutes(),
        second: local.getUTCSeconds(),
        weekday: weekdayOf({ year, month, day }),
      };
    }
  }
  return formattedParts(instant, timezone);
}

function formattedParts(instant: Date, timezone: string): LocalDateTime {
  const values: Record<string, number> = {};
  for (const part of zoneFormatter(timezone).formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  const year = values.year ?? 1970;
  const month = values.month ?? 1;
  const day = values.day ?? 1;
  return {
    year,
    month,
    day,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
    weekday: weekdayOf({ year, month, day }),
  };
}

/** Minutes east of UTC that `timezone` observes at `instant` (Shanghai => 480). */
export function offsetMinutes(instant: Date, timezone: string): number {
  const p = zonedParts(instant, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60000);
}

export function zonedTimeToInstant(date: LocalDate, time: LocalTime, timezone: string): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, time.second ?? 0);
  // Re-check once with the offset at the candidate instant so a date on the
  // other side of a DST switch than `now` still lands on the requested wall time.
  const first = offsetMinutes(new Date(naive), timezone);
  let instant = naive - first * 60000;
  const second = offsetMinutes(new Date(instant), timezone);
  if (second !== first) instant = naive - second * 60000;
  return new Date(instant);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Both instants fall on one calendar day in the zone. */
export function sameLocalDay(a: Date, b: Date, timezone: string): boolean {
  const x = zonedParts(a, timezone);
  const y = zonedParts(b, timezone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function dayNumber(date: LocalDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86400000);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function isValidLocalDate(date: LocalDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

/**
 * A month and day given without a year mean the nearest such date, with ties
 * going to the future: "3月5号" said in November is next March.
 */
export function nearestYear(today: LocalDate, month: number, day: number): number {
  let best = today.year;
  let bestScore = Infinity;
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const distance = dayNumber({ year, month, day }) - dayNumber(today);
    const score = Math.abs(distance) - (distance >= 0 ? 0.5 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = year;
    }
  }
  return best;
}
