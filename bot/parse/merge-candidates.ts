import type { DateCandidate } from "./date-candidate.js";
import { compareDates, type LocalDate } from "./zoned-time.js";

/** Combining candidates from several parsers into one list in text order. */

export function overlaps(a: { index: number; end: number }, b: { index: number; end: number }): boolean {
  return a.index < b.end && b.index < a.end;
}

/** Longest span wins; on equal length our targeted rules beat chrono. */
export function dropOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.index - (a.end - a.index) || b.priority - a.priority || a.index - b.index);
  const kept: DateCandidate[] = [];
  for (const c of ranked) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.index - b.index);
}

/** A day glued to a clock range ("Monday 5 to 6pm") keeps the range's end. */
function rangeEnd(a: DateCandidate, b: DateCandidate): Pick<DateCandidate, "until"> {
  const until = a.until ?? b.until;
  return until ? { until } : {};
}

/** "昨晚…聊到十点": a bare clock joined to an afternoon or evening is read in it (22:00, not 10:00). */
function inPartOfDay(time: DateCandidate["time"], partOfDayHour: number | null): DateCandidate["time"] {
  if (!time || partOfDayHour === null || partOfDayHour < 12 || time.hour >= 12) return time;
  return { ...time, hour: time.hour + 12 };
}

/** The gap between "周四下午有空" and "两点": the offer's clause ends, the next one arranges (约了, 定在, 改到). */
const ARRANGED_IN_NEXT_CLAUSE = /^[^，,。；;.!?！？]{0,8}[，,]\s*(?:那就|就|那)?(?:约了?|约在|定了?|定在|改到|安排在|安排了?)\s*(?:在)?$/u;

/** "明天 3pm" reaches us as two pieces from two parsers; glue a day to an adjacent clock time. */
export function mergeDateAndTime(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i];
    const next = candidates[i + 1];
    if (!current) continue;
    if (next) {
      const gap = text.slice(current.end, next.index);
      const adjacent = /^[\s,，的在]*(?:(?:at|on|on\s+the|in\s+the|@)\s*)?$/iu.test(gap);
      const dayThenTime = current.date && !current.time && !next.date && next.time;
      const timeThenDay = !current.date && current.time && next.date && !next.time;
      // "下周三下午": a bare part of day belongs to the day written next to it, not to today
      const dayThenPart = current.date && !current.time && current.partOfDayHour === null && !next.date && !next.time && next.partOfDayHour !== null;
      if (adjacent && dayThenPart) {
        out.push({
          index: current.index,
          end: next.end,
          date: current.date,
          time: null,
          partOfDayHour: next.partOfDayHour,
          priority: current.priority,
          ...rangeEnd(current, next),
        });
        i++;
        continue;
      }
      // "他说周四下午有空，约了两点见面": a clock arranged in the next clause is on the day and part of day just offered
      const arrangedAfterOffer = !adjacent && dayThenTime && current.partOfDayHour !== null && !current.until && ARRANGED_IN_NEXT_CLAUSE.test(gap);
      if ((adjacent || arrangedAfterOffer) && (dayThenTime || timeThenDay)) {
        out.push({
          index: current.index,
          end: next.end,
          date: current.date ?? next.date,
          time: inPartOfDay(current.time ?? next.time, current.partOfDayHour ?? next.partOfDayHour),
          partOfDayHour: null,
          priority: current.priority,
          ...rangeEnd(current, next),
        });
        i++;
        continue;
      }
    }
    out.push(current);
  }
  // Mixed-language chats split them further apart ("明天 call Acme at 3pm"); one
  // bare day plus one bare time in the same clause still describe one moment.
  // Across a comma they usually do not ("昨天拜访了腾讯，下午3点再打电话").
  const days = out.filter((c) => c.date && !c.time);
  const times = out.filter((c) => !c.date && c.time);
  const [day] = days;
  const [time] = times;
  const sameClause = (a: DateCandidate, b: DateCandidate): boolean =>
    !/[,，.。;；!！?？\n]/u.test(text.slice(Math.min(a.end, b.end), Math.max(a.index, b.index)));
  if (days.length === 1 && times.length === 1 && day && time && sameClause(day, time)) {
    const joined: DateCandidate = {
      index: Math.min(day.index, time.index),
      end: Math.max(day.end, time.end),
      date: day.date,
      time: inPartOfDay(time.time, day.partOfDayHour),
      partOfDayHour: null,
      priority: day.priority,
      label: `${text.slice(day.index, day.end).trim()} ${text.slice(time.index, time.end).trim()}`,
      ...rangeEnd(day, time),
    };
    return out
      .filter((c) => c !== day && c !== time)
      .concat(joined)
      .sort((a, b) => a.index - b.index);
  }
  return out;
}

/**
 * "下周二有空 约了下午去他们公司", "明天交报告 下午开会": in Chinese a part of day (or a clock time) said alone after a day ahead, in the
 * same sentence, is that day's (it was read as this afternoon). Not after a day gone ("昨天拜访了华为 下午开会"), and
 * not across a sentence end. Candidates in text order.
 */
export function partOfDayOnEarlierDay(candidates: DateCandidate[], text: string, today: LocalDate): DateCandidate[] {
  const out = [...candidates];
  candidates.forEach((c, i) => {
    // ("后天元旦他们也值班 上午十点再给京东打个电话": a clock time alone too)
    const words = text.slice(c.index, c.end);
    const partOfDay = c.time === null && c.partOfDayHour !== null && /^\s*(?:上午|下午|中午|晚上|早上|傍晚)\s*$/u.test(words);
    const clock = c.time !== null && !c.until && /^\s*(?:上午|下午|中午|晚上|早上|傍晚)?\s*[\d一二两三四五六七八九十]{1,3}\s*(?:点|:|：)/u.test(words);
    if (c.date !== null || (!partOfDay && !clock)) return;
    const at = candidates
      .slice(0, i)
      .map((d, j) => ({ d, j }))
      .reverse()
      .find(({ d }) => d.date !== null);
    const day = at?.d;
    if (!day?.date || compareDates(day.date, today) <= 0 || /[。.!！?？\n]/u.test(text.slice(day.end, c.index))) return;
    // ("下周三 三点 … 下午都可以": a part of day after a day already timed is that day's too)
    if (day.time !== null) {
      if (partOfDay) out[i] = { ...c, date: day.date };
      return;
    }
    out[i] = { ...c, date: day.date };
    // "明天跟小米 下午 电话": the day itself is that part of it too, whichever of the two is the follow-up
    if (at && partOfDay && day.partOfDayHour === null) out[at.j] = { ...day, partOfDayHour: c.partOfDayHour };
    // ("他们说下周一开会评审，我也参加，上午十点": and a clock time alone is the time of that day)
    if (at && clock && day.partOfDayHour === null) out[at.j] = { ...day, time: c.time };
  });
  return out;
}
