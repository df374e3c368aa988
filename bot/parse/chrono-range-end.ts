import type { ParsedResult } from "chrono-node";
import type { DateCandidate } from "./date-candidate.js";
import type { LocalDate, LocalTime } from "./zoned-time.js";

/**
 * chrono reads some ranges whole ("Friday 3 to 5pm", "tomorrow until Friday") and
 * reports their end; we keep it as the candidate's `until`. The start stays ours (its
 * corrections live in fromChrono); an end before the start moves to the afternoon.
 */
export function chronoRangeEnd(result: ParsedResult, start: { date: LocalDate | null; time: LocalTime | null }): Pick<DateCandidate, "until"> {
  const end = result.end;
  if (!end) return {};
  const dayNamed = end.isCertain("day") || end.isCertain("weekday");
  const date = dayNamed ? { year: end.get("year") ?? 0, month: end.get("month") ?? 1, day: end.get("day") ?? 1 } : null;
  let time: LocalTime | null = null;
  if (end.isCertain("hour")) {
    let hour = end.get("hour") ?? 0;
    const startMinutes = start.time ? start.time.hour * 60 + start.time.minute : 0;
    if (!date && hour * 60 + (end.get("minute") ?? 0) <= startMinutes && hour < 12) hour += 12;
    time = { hour, minute: end.get("minute") ?? 0 };
  }
  if (!date && !time) return {};
  return { until: { date, time } };
}
