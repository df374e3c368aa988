/**
 * Calendar days in an IANA zone, for period keys ("digest:team:x:2026-11-25") and "this week".
 * Pure Intl arithmetic, so results do not depend on the server's TZ.
 */
import { zoneFormatter } from "../shared/zone-formatter.js";

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const v: Record<string, number> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(instant)) if (part.type !== "literal") v[part.type] = Number(part.value);
  const year = v.year ?? 1970;
  const month = v.month ?? 1;
  const day = v.day ?? 1;
  return { year, month, day, hour: v.hour ?? 0, minute: v.minute ?? 0, second: v.second ?? 0, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** "2026-11-25" for the instant as seen in the zone. */
export function localDateKey(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

function offsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Local midnight of the instant's day, shifted by `days`, as a UTC instant. */
export function startOfLocalDay(instant: Date, timeZone: string, days = 0): Date {
  const w = wallClock(instant, timeZone);
  const naive = Date.UTC(w.year, w.month - 1, w.day + days);
  // Re-check the offset at the candidate so a DST switch between now and then still lands on midnight.
  let result = naive - offsetMs(new Date(naive), timeZone);
  const second = naive - offsetMs(new Date(result), timeZone);
  if (second !== result) result = second;
  return new Date(result);
}

/** Monday 00:00 of the instant's week in the zone. */
export function startOfLocalWeek(instant: Date, timeZone: string): Date {
  const weekday = wallClock(instant, timeZone).weekday;
  return startOfLocalDay(instant, timeZone, -((weekday + 6) % 7));
}

export const DAY_MS = 86_400_000;

/** A local day as a report reads it: its "YYYY-MM-DD", [midnight, next midnight), and the day after. */
export function localDay(instant: Date, timeZone: string) {
  const from = startOfLocalDay(instant, timeZone);
  const to = startOfLocalDay(instant, timeZone, 1);
  return { key: localDateKey(instant, timeZone), range: { from, to }, next: { from: to, to: startOfLocalDay(instant, timeZone, 2) } };
}
