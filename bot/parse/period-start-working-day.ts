import type { DateCandidate } from "./date-candidate.js";
import { isExpectedWorkingDay } from "./holiday-calendar.js";
import { addDays, compareDates, daysInMonth, type LocalDate, weekdayOf } from "./zoned-time.js";

/** "下个月", "1月份", "明年": a month or year named without its day (read as its first day). */
const BARE_MONTH_ZH = /^(?:下下?个?月|(?:明年|后年|今年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|明年|后年)$/u;

/** "January", "next month", "in Jan": a month named in English without its day. */
const BARE_MONTH_EN =
  /^(?:(?:in|to|until|till|by)\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|next\s+month)\.?$/iu;

/** "early January", "beginning of Feb", "start of next month": the first days of a month. */
const EARLY_MONTH_EN =
  /^(?:(?:in|by|around)\s+)?(?:early|(?:the\s+)?(?:beginning|start)\s+of)\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|next\s+month)\.?$/iu;

/** "Q1", "next quarter", "一季度", "明年Q2": a quarter named without its day (read as its first day). */
const BARE_QUARTER = /(?:\bQ[1-4]\b|\bquarter\b|季度)/iu;

/** Outside Chinese text: Monday to Friday, but not New Year's Day or Christmas. */
export function westernWorkingDay(day: LocalDate): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !(day.month === 1 && day.day === 1) && !(day.month === 12 && day.day === 25);
}

/**
 * "下个月再联系" in December is 4 January, not 元旦; "follow up next month" in September is
 * 1 October in English, but 8 October after 国庆 in Chinese (holiday-calendar.ts). Only for a
 * month-long period (or a quarter) ahead said without its day or time, and only within it; null leaves the date.
 * `periodEnd` is monthLongPeriodEnd's answer for the same candidate, which the caller keeps too.
 */
export function periodStartOnWorkingDay(c: DateCandidate, written: string, zh: boolean, today: LocalDate, periodEnd: LocalDate | null): LocalDate | null {
  if (!c.date || c.time !== null || c.partOfDayHour !== null || compareDates(c.date, today) <= 0) return null;
  // "early January", "start of next month": as 月初, the month's first working day
  const early = c.date.day === 1 && EARLY_MONTH_EN.test(saidAlone(written));
  const last = early ? addDays(c.date, 13) : periodEnd;
  if (!last) return null;
  const working = zh ? isExpectedWorkingDay : westernWorkingDay;
  let day = c.date;
  for (let i = 0; i < 14 && !working(day) && compareDates(day, last) < 0; i++) day = addDays(day, 1);
  return working(day) && compareDates(day, c.date) > 0 ? day : null;
}

/**
 * The last day of a month or longer named from its first day without a day of its own ("明年一月",
 * "Q1", "next month"); null for anything else (days and weeks, "the next 3 days", keep their start).
 */
export function monthLongPeriodEnd(c: DateCandidate, written: string, zh: boolean): LocalDate | null {
  if (!c.date || c.time !== null || c.partOfDayHour !== null || c.date.day !== 1) return null;
  const said = saidAlone(written);
  const bareMonth = (zh && BARE_MONTH_ZH.test(said)) || BARE_MONTH_EN.test(said);
  const bareQuarter = (c.date.month - 1) % 3 === 0 && BARE_QUARTER.test(written);
  const endOfMonth = (month: number) => ({ year: c.date!.year, month, day: daysInMonth(c.date!.year, month) });
  const last = c.until?.date ?? c.rangeEnd?.date ?? (bareMonth ? endOfMonth(c.date.month) : bareQuarter ? endOfMonth(c.date.month + 2) : null);
  return last && compareDates(last, addDays(c.date, 27)) >= 0 ? last : null;
}

/** The words of a candidate without the punctuation its text can end in ("in Jan, hold off": "Jan,"). */
function saidAlone(written: string): string {
  return written.trim().replace(/[,.;:，。；：]+$/u, "");
}
