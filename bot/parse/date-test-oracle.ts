/**
 * Independent calendar arithmetic for the date tests (not imported by production
 * code): plain Date.UTC maths on wall-clock dates, so a test's expectation never
 * comes from the parser it checks.
 */

export interface WallDate {
  year: number;
  month: number;
  day: number;
}

export function wallDate(instant: Date, timezone: string): WallDate {
  const [month, day, year] = new Intl.DateTimeFormat("en-US", { timeZone: timezone, year: "numeric", month: "numeric", day: "numeric" })
    .format(instant)
    .split("/")
    .map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

export function plusDays(d: WallDate, days: number): WallDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Same day n months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function plusMonths(d: WallDate, months: number): WallDate {
  const first = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: Math.min(d.day, last) };
}

export function weekday(d: WallDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function show(d: WallDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** Reference instants that stress the calendar: mid-week, month end, year end near midnight, DST switches. */
export const REFERENCES: Array<{ label: string; now: Date; timezone: string }> = [
  { label: "Shanghai Wed mid-month", now: new Date("2026-11-25T10:00:00+08:00"), timezone: "Asia/Shanghai" },
  { label: "Shanghai Jan 31 23:30", now: new Date("2026-01-31T23:30:00+08:00"), timezone: "Asia/Shanghai" },
  { label: "New York Dec 31 23:50", now: new Date("2026-12-31T23:50:00-05:00"), timezone: "America/New_York" },
  { label: "New York DST start day", now: new Date("2026-03-08T12:00:00-04:00"), timezone: "America/New_York" },
  { label: "London DST end day", now: new Date("2026-10-25T09:00:00+00:00"), timezone: "Europe/London" },
  { label: "UTC leap-year Feb 29", now: new Date("2028-02-29T08:00:00Z"), timezone: "UTC" },
  { label: "Shanghai just after midnight", now: new Date("2026-06-01T00:10:00+08:00"), timezone: "Asia/Shanghai" },
];
