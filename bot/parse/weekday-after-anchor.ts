import type { DateCandidate } from "./date-candidate.js";
import { englishWeekday } from "./english-weekday.js";
import { addDays, compareDates, type LocalDate, weekdayOf } from "./zoned-time.js";

const WEEKDAY_ZH: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** "Tuesday after the 4th", "the Monday after" (the day said before it), read whole by chrono as the anchor's day. */
const EN_WEEKDAY_AFTER = /^(?:the\s+)?(?<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+after\b(?<rest>.*)$/iu;
/** "after" closing the clause: the day it follows was said before. */
const AFTER_ALONE = /^\s+after\s*(?:$|[.,;!?])/iu;
/** "the day after" with nothing after it: the day after the date said before it. */
const EN_DAY_AFTER = /(?:^|\s)(?:the\s+)?day\s+after$/iu;
/** "节后第一个周三", "国庆后的第一个周一": the first such weekday from the anchor's day on. */
const ZH_FIRST = /^\s*(?:的)?第一个\s*$/u;
const ZH_WEEKDAY = /^(?:周|星期|礼拜)(?<day>[一二三四五六日天])/u;

/**
 * A weekday or "the day after" counted from another date in the message: "the Tuesday after the 4th" (read by
 * chrono as the 4th), "review after Thanksgiving so the Monday after", "out till Columbus Day, call her back the day
 * after", "节后第一个周三之前" (the coming Wednesday when read alone).
 */
export function weekdayAfterAnchor(candidates: DateCandidate[], text: string, today: LocalDate): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const said = text.slice(c.index, c.end).trim();
    // (a day gone is no anchor of a step: "met them last Tuesday, call the day after" is not last Wednesday)
    const previous = [...out].reverse().find((o) => o.date && o.end <= c.index && compareDates(o.date, today) >= 0);
    // ("so the Monday after": chrono reads "Monday" and leaves "after" out)
    const en = EN_WEEKDAY_AFTER.exec(said) ?? (AFTER_ALONE.test(text.slice(c.end)) ? EN_WEEKDAY_AFTER.exec(`${said} after`) : null);
    if (en?.groups && c.date) {
      const weekday = englishWeekday(en.groups.day);
      // "the Monday after" alone counts from the day said before; "Tuesday after the 4th" from its own day, unless a
      // rule already moved it to the weekday ("the Monday after Thanksgiving")
      const own = Boolean(en.groups.rest?.trim());
      const anchor = own ? (weekdayOf(c.date) === weekday ? null : c.date) : previous?.date;
      if (anchor) {
        // (counted from the day said before, it is the step that day leads to: fromEarlier)
        out.push({ ...c, date: weekdayFrom(anchor, weekday, false), ...(own ? {} : { fromEarlier: true as const }) });
        continue;
      }
    }
    // "the day after MLK day": the day named right after it
    const next = candidates[i + 1];
    if (EN_DAY_AFTER.test(said) && next?.date && /^\s*$/u.test(text.slice(c.end, next.index))) {
      out.push({ ...next, index: c.index, date: addDays(next.date, 1), label: text.slice(c.index, next.end) });
      i++;
      continue;
    }
    if (EN_DAY_AFTER.test(said) && previous?.date && !/^\s*(?:tomorrow|tmrw|tmr|next|that|this)\b/iu.test(text.slice(c.end))) {
      out.push({ ...c, date: addDays(previous.date, 1), fromEarlier: true });
      continue;
    }
    const zh = next ? ZH_WEEKDAY.exec(text.slice(next.index, next.end)) : null;
    if (next && zh?.groups && c.date && !c.time && ZH_FIRST.test(text.slice(c.end, next.index))) {
      out.push({
        ...next,
        index: c.index,
        date: weekdayFrom(c.date, WEEKDAY_ZH[zh.groups.day!]!, true),
        label: text.slice(c.index, next.end),
      });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** The first `weekday` after `from` (or on it, when `onOrAfter`). */
function weekdayFrom(from: LocalDate, weekday: number, onOrAfter: boolean): LocalDate {
  let day = onOrAfter ? from : addDays(from, 1);
  while (weekdayOf(day) !== weekday) day = addDays(day, 1);
  return compareDates(day, from) >= 0 ? day : from;
}
