import type { DateCandidate } from "./date-candidate.js";

/** A weekday said alone, perhaps in brackets and with its clock: "周一", "（周二）下午三点", "monday at 10am", "(Mon) 3pm". */
const WEEKDAY_ALONE = /^[(（]?\s*(?:(?:周|星期|礼拜)[一二三四五六日天]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)(?![a-z])/iu;
/** A day of the month written out: "10月11号", "十二号", "oct 11", "11/10", "the 12th". */
const DAY_OF_MONTH = /(?:\d|[一二三四五六七八九十]+)\s*[号日]|\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}[/.-]\d{1,2}/iu;
/** What may stand between the day and its weekday: spaces, a comma, brackets, "就是". */
const BETWEEN = /^[\s,，、(（)）]*(?:就是|也就是|即)?[\s(（]*$/u;

/**
 * "十月十一号周一再发给他", "节后十二号 周二 下午三点", "oct 11 monday at 10am", "周一（10月11号）": a weekday said
 * beside a day of the month names that day, it is no second date (read alone, "周一" was the coming Monday and won).
 * The day written out gives the date; the weekday's clock or part of day, if any, is that day's.
 */
export function weekdayBesideDate(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i]!;
    const next = candidates[i + 1];
    if (next && BETWEEN.test(text.slice(current.end, next.index))) {
      const merged = mergePair(current, next, text) ?? mergePair(next, current, text);
      if (merged) {
        // (a closing bracket after the pair belongs to it: "10月11日(周一)")
        const end = next.end + (/^[)）]/u.test(text.slice(next.end)) ? 1 : 0);
        out.push({ ...merged, index: current.index, end, label: text.slice(current.index, end) });
        i++;
        continue;
      }
    }
    out.push(current);
  }
  return out;
}

function mergePair(day: DateCandidate, weekday: DateCandidate, text: string): DateCandidate | null {
  const daySaid = text.slice(day.index, day.end);
  if (!day.date || day.until || day.rangeEnd || WEEKDAY_ALONE.test(daySaid) || !DAY_OF_MONTH.test(daySaid)) return null;
  if (!weekday.date || weekday.until || weekday.rangeEnd || !WEEKDAY_ALONE.test(text.slice(weekday.index, weekday.end))) return null;
  return {
    ...day,
    time: day.time ?? weekday.time,
    partOfDayHour: day.time ? day.partOfDayHour : (day.partOfDayHour ?? weekday.partOfDayHour),
  };
}
