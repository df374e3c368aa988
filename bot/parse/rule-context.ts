import { addDays, addMonths, daysInMonth, type LocalDate, type LocalDateTime } from "./zoned-time.js";

/** What every date rule sees: the (half-width) text and "now" as the user's wall clock. */
export interface RuleContext {
  text: string;
  today: LocalDateTime;
  now: Date;
  timezone: string;
}

export function monthStartOf(today: LocalDate, delta: number): LocalDate {
  const { year, month } = addMonths(today.year, today.month, delta);
  return { year, month, day: 1 };
}

export function monthEndOf(today: LocalDate, delta: number): LocalDate {
  const { year, month } = addMonths(today.year, today.month, delta);
  return { year, month, day: daysInMonth(year, month) };
}

/** Weeks start on Monday (ISO, and the Chinese 周一); `weekDelta` 1 is next week. */
export function mondayOf(today: LocalDateTime, weekDelta: number): LocalDate {
  return addDays(today, -((today.weekday + 6) % 7) + 7 * weekDelta);
}

/**
 * "the 15th" / "15号" without a month: a rep names a day to act on, so it is the
 * next such day (today included) in a month that has it.
 */
export function upcomingDayOfMonth(today: LocalDate, day: number): LocalDate {
  for (let delta = day >= today.day ? 0 : 1; delta < 4; delta++) {
    const { year, month } = addMonths(today.year, today.month, delta);
    if (day <= daysInMonth(year, month)) return { year, month, day };
  }
  return { year: today.year, month: today.month, day };
}

/** "26年" is 2026 and "89年" 1989: the century that puts the year at most 20 years ahead. */
export function expandTwoDigitYear(yy: number, todayYear: number): number {
  const year = 2000 + yy;
  return year <= todayYear + 20 ? year : year - 100;
}

/** "24号拜访了华为", "signed on the 3rd": a day of the month in a report is the latest such day, today included. */
export function latestDayOfMonth(today: LocalDate, day: number): LocalDate | null {
  for (let back = 0; back < 12; back++) {
    const { year, month } = addMonths(today.year, today.month, -back);
    if (day > daysInMonth(year, month)) continue;
    const date = { year, month, day };
    if (back > 0 || day <= today.day) return date;
  }
  return null;
}
