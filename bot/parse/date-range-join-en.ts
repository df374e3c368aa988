import type { DateCandidate } from "./date-candidate.js";
import { mondayOf } from "./rule-context.js";
import { addDays, compareDates, weekdayOf, type LocalDate, type LocalDateTime } from "./zoned-time.js";

/**
 * Two dates joined by a range word ("from Dec 3 to Dec 5", "between Monday and
 * Wednesday", "Jan 12, 2016 - 01/22/2016", "3pm to 5pm tomorrow") are one range that
 * starts at the first; the first side takes the day or the year it left out from the
 * second. "the week of April 10th" is that date's week, from its Monday; "between now
 * and May 21" starts now.
 */

/** "Jan 12, 2016 - Jan 22": the first date's year may sit in the gap after it */
const CONNECTOR = /^(?:,?\s*(?<year>(?:1[89]|2[01])\d{2}))?\s*(?:-|–|—|~|to|till|til|until|through|thru|and)\s*$/iu;
const LEAD = /\b(?:from|between)\s+$/iu;
/** "the week of Dec 3" is that date's Monday-to-Sunday week; "a week starting tomorrow" is seven days from the day named */
const WEEK_OF = /\b(?:(?:the|(?<a>a|one))\s+)?(?:week\s+(?:of|commencing|beginning|starting)(?:\s+(?:on|from))?|w\/c)\s+$/iu;
const NOW_TO = /\b(?:between\s+now\s+and|from\s+now\s+(?:to|till|til|until|through|on\s+to))\s+$/iu;
const YEAR = /\b(?:1[89]|2[01])\d{2}\b|\/\d{2}\b/u;

function weekOf(c: DateCandidate, text: string): DateCandidate {
  const lead = c.date && !c.until ? WEEK_OF.exec(text.slice(0, c.index)) : null;
  if (!lead || !c.date) return c;
  const aligned = lead.groups?.a === undefined;
  const start = aligned ? mondayOf({ ...c.date, hour: 0, minute: 0, second: 0, weekday: weekdayOf(c.date) }, 0) : c.date;
  return { ...c, index: c.index - lead[0].length, date: start, time: null, until: { date: addDays(start, 6), time: null } };
}

/** "Nov 18 - Dec 19, 2015": a first day written without its year is in the second day's year (or the one before). */
function withYearOf(first: LocalDate, second: LocalDate): LocalDate {
  const moved = { ...first, year: second.year };
  return compareDates(moved, second) > 0 ? { ...moved, year: second.year - 1 } : moved;
}

function join(a: DateCandidate, b: DateCandidate, text: string): DateCandidate | null {
  if (a.until || b.until || (!a.date && !a.time) || (!b.date && !b.time)) return null;
  const gap = text.slice(a.end, b.index);
  const connector = CONNECTOR.exec(gap);
  if (!connector) return null;
  const lead = LEAD.exec(text.slice(0, a.index));
  if (/and/iu.test(gap) && !/between/iu.test(lead?.[0] ?? "")) return null;
  // "Monday 3pm - 5pm" keeps Monday; a bare "3pm - Friday 5pm" takes Friday
  const year = connector.groups?.year;
  let date = a.date && year ? { ...a.date, year: Number(year) } : (a.date ?? b.date);
  if (!year && a.date && b.date && !YEAR.test(text.slice(a.index, a.end)) && YEAR.test(text.slice(b.index, b.end))) date = withYearOf(a.date, b.date);
  return {
    index: a.index - (lead?.[0].length ?? 0),
    end: b.end,
    date,
    time: a.time,
    partOfDayHour: a.partOfDayHour,
    priority: Math.max(a.priority, b.priority),
    until: { date: b.date ?? date, time: b.time },
  };
}

/** "between now and Friday": from this moment on to that day. */
function fromNow(c: DateCandidate, text: string, today: LocalDateTime): DateCandidate {
  const lead = c.date && !c.until ? NOW_TO.exec(text.slice(0, c.index)) : null;
  if (!lead || !c.date) return c;
  return {
    ...c,
    index: c.index - lead[0].length,
    date: { year: today.year, month: today.month, day: today.day },
    time: { hour: today.hour, minute: today.minute },
    partOfDayHour: null,
    until: { date: c.date, time: c.time },
  };
}

const WEEKEND_WORD = /^(?:the\s+)?week-?end$/iu;
/** days from a holiday to the start of its long weekend: a Thursday or Friday holiday opens it, a Monday one closes it */
const TO_WEEKEND_START = [-1, -2, -3, 3, 0, 0, 0];

/** "labor day weekend", "the weekend of Halloween": the weekend next to that day. */
function weekendAround(a: DateCandidate, b: DateCandidate, text: string): DateCandidate | null {
  const gap = text.slice(a.end, b.index);
  let day: LocalDate | null = null;
  if (a.date && !a.until && WEEKEND_WORD.test(text.slice(b.index, b.end)) && /^\s*$/u.test(gap)) day = a.date;
  else if (b.date && !b.until && WEEKEND_WORD.test(text.slice(a.index, a.end)) && /^\s+of\s+$/iu.test(gap)) day = b.date;
  if (!day) return null;
  const start = addDays(day, TO_WEEKEND_START[weekdayOf(day)] ?? 0);
  const sunday = addDays(start, (7 - weekdayOf(start)) % 7);
  const last = compareDates(day, sunday) > 0 ? day : sunday;
  return {
    index: a.index,
    end: b.end,
    date: start,
    time: null,
    partOfDayHour: null,
    priority: Math.max(a.priority, b.priority),
    until: { date: last, time: null },
  };
}

export function joinEnglishRanges(candidates: DateCandidate[], text: string, today: LocalDateTime): DateCandidate[] {
  const out: DateCandidate[] = [];
  const list = candidates.map((c) => fromNow(weekOf(c, text), text, today));
  const widened = new Set(list.filter((c, i) => c.index !== candidates[i]?.index));
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (!a) continue;
    // a lead that was widened ("for a week starting tomorrow") swallows what it now covers
    while (widened.has(a) && out.length && (out[out.length - 1]?.end ?? 0) > a.index) out.pop();
    const joined = b ? (weekendAround(a, b, text) ?? join(a, b, text)) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}
