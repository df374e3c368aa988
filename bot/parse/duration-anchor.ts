import { allMatches } from "./all-matches.js";
import { PRIORITY_RULE } from "./date-candidate.js";
import type { DateCandidate } from "./date-candidate.js";
import { addDays, addMonths, daysInMonth, type LocalDate } from "./zoned-time.js";

/**
 * "2 weeks before Christmas", "3 days after March 5", "16 days from 01/02/2018":
 * a duration in front of any date found moves that date and joins its span.
 */

const COUNT: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const BEFORE_ANCHOR =
  /\b(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|wk|w|month|mo|year|yr)s?\s+(?<dir>before|after|from|following|prior\s+to)\s+(?:the\s+)?$/iu;

/** "wk", "mo", "yr": a rep's short forms of the units ("wks" reaches here as chrono's "w", unit-abbreviations.ts). */
function shift(date: LocalDate, amount: number, unit: string): LocalDate {
  if (unit === "day") return addDays(date, amount);
  if (unit === "week" || unit === "wk" || unit === "w") return addDays(date, 7 * amount);
  const { year, month } = addMonths(date.year, date.month, unit === "year" || unit === "yr" ? 12 * amount : amount);
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** chrono reads "2 weeks before" on its own as a date relative to now */
const DURATION_ONLY =
  /^\s*(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|wk|w|month|mo|year|yr)s?\s+(?:before|after|from|following|prior(?:\s+to)?|ahead|beforehand|in\s+advance)\s*$/iu;

const DURATION_PARTS =
  /^\s*(?:in\s+)?(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|wk|w|month|mo|year|yr)s?\s+(?<dir>before|after|prior(?:\s+to)?|ahead|beforehand|in\s+advance)\s*$/iu;

/** "renewal due 1/15, reach out 30 days prior", "ping them 2 weeks ahead": chrono finds no date in these words at all. */
const PRIOR_ALONE =
  /\b(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|wk|w|month|mo)s?\s+(?:prior|ahead|beforehand|in\s+advance)\b(?!\s+(?:to|of)\b)/giu;

function priorToEarlier(all: DateCandidate[], text: string): DateCandidate[] {
  const added: DateCandidate[] = [];
  for (const m of allMatches(text, PRIOR_ALONE)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (all.some((c) => c.index < end && index < c.end)) continue;
    const earlier = [...all].reverse().find((c) => c.end <= index && c.date);
    if (!earlier?.date) continue;
    const g = m.groups ?? {};
    const n = COUNT[(g.n ?? "").toLowerCase()] ?? Number(g.n);
    added.push({
      index,
      end,
      date: shift(earlier.date, -n, (g.unit ?? "").toLowerCase()),
      time: null,
      partOfDayHour: null,
      priority: PRIORITY_RULE,
      fromEarlier: true,
    });
  }
  return added.length === 0 ? all : [...all, ...added].sort((a, b) => a.index - b.index);
}

export function applyDurationAnchors(found: DateCandidate[], text: string): DateCandidate[] {
  const all = priorToEarlier(found, text);
  const candidates = all.filter((c, i) => {
    const next = all[i + 1];
    return !(next && DURATION_ONLY.test(text.slice(c.index, c.end)) && /^\s*(?:the\s+)?$/iu.test(text.slice(c.end, next.index)));
  });
  return candidates.map((c, i) => {
    if (!c.date) return c;
    // "renewal due Jan 15, reach out 2 weeks before": a duration with nothing after it counts from the date before it
    const alone = DURATION_PARTS.exec(text.slice(c.index, c.end));
    const earlier = candidates[i - 1]?.date;
    if (alone && earlier && /^[\s.!?。！？]*$/u.test(text.slice(c.end, c.end + 3).replace(/[,，;；].*$/su, ""))) {
      const g = alone.groups ?? {};
      const n = COUNT[(g.n ?? "").toLowerCase()] ?? Number(g.n);
      const sign = /before|prior|ahead|advance/iu.test(g.dir ?? "") ? -1 : 1;
      return { ...c, date: shift(earlier, sign * n, (g.unit ?? "").toLowerCase()), time: null, fromEarlier: true };
    }
    const previousEnd = candidates[i - 1]?.end ?? 0;
    const start = Math.max(previousEnd, c.index - 40);
    const m = BEFORE_ANCHOR.exec(text.slice(start, c.index));
    if (!m) return c;
    const g = m.groups ?? {};
    const n = COUNT[(g.n ?? "").toLowerCase()] ?? Number(g.n);
    const sign = /before|prior/iu.test(g.dir ?? "") ? -1 : 1;
    return { ...c, index: start + m.index, date: shift(c.date, sign * n, (g.unit ?? "").toLowerCase()), label: undefined };
  });
}
