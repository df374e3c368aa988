/** Shared fixtures for the parser tests (not imported by production code). */

import { parseDates } from "./parse-dates.js";

/** Wednesday 25 Nov 2026, 10:00 in Shanghai (02:00 UTC; Tuesday 21:00 in New York). */
export const NOW = new Date("2026-11-25T10:00:00+08:00");
export const SHANGHAI = "Asia/Shanghai";
export const NEW_YORK = "America/New_York";

/** "YYYY-MM-DD HH:mm" wall time in `timezone`, independent of the machine zone. */
export function localStamp(date: Date, timezone: string): string {
  const parts: Record<string, string> = {};
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  for (const p of fmt.formatToParts(date)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The instant whose wall time in `zone` is `local` ("2026-12-04T15:00"): walks from a UTC guess, DST included. */
export function instantAt(local: string, zone: string): Date {
  let guess = new Date(`${local}:00Z`);
  for (let i = 0; i < 3; i++) {
    const seen = new Date(`${localStamp(guess, zone).replace(" ", "T")}:00Z`);
    guess = new Date(guess.getTime() - (seen.getTime() - new Date(`${local}:00Z`).getTime()));
  }
  return guess;
}

/** The first date found, as local wall time in `timezone`, with "*" when the text gave a clock time. */
export function firstDate(text: string, now: Date, timezone: string): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? `${localStamp(d.at, timezone)}${d.hasTime ? "*" : ""}` : null;
}

/** "YYYY-MM-DD" a number of days from a local day (calendar arithmetic, no zone). */
export function shiftDay(localDay: string, days: number): string {
  const d = new Date(`${localDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
