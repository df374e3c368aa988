import { addDays, weekdayOf, zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";

/** The part of a rep's open follow-ups asked for: due by the end of today, tomorrow or this week, or already late. */
export type FollowUpPeriod = "today" | "tomorrow" | "week" | "overdue";

const WORDS: Record<string, FollowUpPeriod> = {
  today: "today",
  今天: "today",
  今日: "today",
  tomorrow: "tomorrow",
  明天: "tomorrow",
  week: "week",
  "this week": "week",
  本周: "week",
  这周: "week",
  overdue: "overdue",
  逾期: "overdue",
};

export function followUpPeriodOf(words: string): FollowUpPeriod | null {
  return WORDS[words.trim().toLowerCase()] ?? null;
}

/**
 * The instant before which a follow-up belongs to the period, in the user's zone: the end of
 * today, of tomorrow, of Sunday this week; now for "overdue". Anything late is always included.
 */
export function followUpPeriodEnd(period: FollowUpPeriod, now: Date, timezone: string): Date {
  if (period === "overdue") return now;
  const today = zonedParts(now, timezone);
  const date = { year: today.year, month: today.month, day: today.day };
  const days = period === "today" ? 1 : period === "tomorrow" ? 2 : 8 - (weekdayOf(date) === 0 ? 7 : weekdayOf(date));
  return zonedTimeToInstant(addDays(date, days), { hour: 0, minute: 0 }, timezone);
}
