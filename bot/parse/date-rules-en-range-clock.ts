import { PRIORITY_RANGE, type DateCandidate } from "./date-candidate.js";
import { meridiemHour } from "./date-rules-en-clock.js";
import type { RuleContext } from "./rule-context.js";
import { resolveWeekday } from "./resolve-weekday.js";
import { addDays, isValidLocalDate, nearestYear, weekdayOf, type LocalDate, type LocalTime } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { englishWeekday } from "./english-weekday.js";

/**
 * Clock ranges: "5 to 6pm", "between 5 and 6 in the afternoon", "4:00 to 7 oclock",
 * "from three thirty to four thirty", "0730-0930". The range starts at its first time;
 * a first time without am/pm shares the second one's half of the day when it comes
 * before it ("11 to 1pm" is 11:00), and otherwise follows the working-hours reading.
 */

const HOUR_WORDS = ["twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const MINUTE_WORDS: Record<string, number> = { "o'clock": 0, oclock: 0, fifteen: 15, thirty: 30, "forty five": 45 };

const clock = (n: number): string =>
  String.raw`(?:(?<mil${n}>(?:0\d|1[0-7])[0-5]\d)|(?<h${n}>\d{1,2})(?::(?<m${n}>[0-5]\d))?|(?<hw${n}>${HOUR_WORDS.join("|")})(?:[\s-]+(?<mw${n}>fifteen|thirty|forty[\s-]five))?)` +
  String.raw`(?<ap${n}>\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'?clock))?`;
const POD = String.raw`(?<pod>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|this\s+(?:morning|afternoon|evening)))?`;
const RANGE_RE = new RegExp(
  String.raw`(?<![\d/.:-])\b(?:(?<from>from|between)\s+)?${clock(1)}\s*(?<conn>-|–|~|to|till|til|until|through|thru|and)\s*${clock(2)}${POD}(?![\w:])`,
  "giu",
);
/** "between 9:30 and 11:00 on Thursday": the day after the range is read here, as chrono would glue it to the end time alone */
const DAY_AFTER =
  /^\s+(?:on\s+)?(?:(?<next>next|this|coming)\s+)?(?:(?<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)|(?<rel>today|tomorrow|tmrw)|(?<m>1[0-2]|0?[1-9])\/(?<d>3[01]|[12]\d|0?[1-9])(?:\/(?<y>\d{4}))?)(?![\w/])/iu;
/** "Monday 3-5": hours right after a weekday are a meeting slot, not a date */
const WEEKDAY_BEFORE = /\b(?<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s+$/iu;

/** after a range without any clock marker, only a day word or the end of the clause may follow */
const CLOCK_CONTEXT = /^\s*(?:$|[,.;!?)]|(?:today|tomorrow|tonight|on|this|next|every|mon|tue|wed|thu|fri|sat|sun)\b)/iu;

interface Clock {
  minutes: number;
  /** 'am' / 'pm' when the text said so; '24h' for a four-digit time */
  half: "am" | "pm" | "24h" | null;
}

function readClock(g: Record<string, string | undefined>, n: number, pod: string | undefined): Clock | null {
  const mil = g[`mil${n}`];
  if (mil) return { minutes: Number(mil.slice(0, 2)) * 60 + Number(mil.slice(2)), half: "24h" };
  const word = g[`hw${n}`];
  const hour = word ? HOUR_WORDS.indexOf(word.toLowerCase()) || 12 : Number(g[`h${n}`]);
  const minuteWord = (g[`mw${n}`] ?? "").toLowerCase().replace(/[\s-]+/gu, " ");
  const minute = word ? (MINUTE_WORDS[minuteWord] ?? 0) : Number(g[`m${n}`] ?? 0);
  if (!Number.isInteger(hour) || hour > 23 || minute > 59) return null;
  const marker = `${g[`ap${n}`] ?? ""} ${pod ?? ""}`.toLowerCase();
  let half: Clock["half"] = null;
  if (hour > 12) half = "24h";
  else if (/a\.?m|morning/u.test(marker)) half = "am";
  else if (/p\.?m|afternoon|evening|night/u.test(marker)) half = "pm";
  return { minutes: hour * 60 + minute, half };
}

/** Minutes after midnight, with `half` applied ("12am" is 00:00, "12pm" noon). */
function resolve(c: Clock, fallback: "am" | "pm" | null): number {
  const half = c.half ?? fallback;
  const hour = Math.floor(c.minutes / 60);
  const minute = c.minutes % 60;
  if (half === "24h") return c.minutes;
  if (half === null) return meridiemHour(hour, undefined) * 60 + minute;
  return meridiemHour(hour, half) * 60 + minute;
}

/** Only this year's nearest date counts: "Tuesday 10-12" is a slot even if 12 October is a Tuesday next year. */
function fitsAsDate(today: LocalDate, month: number, day: number, weekday: number): boolean {
  const date = { year: nearestYear(today, month, day), month, day };
  return isValidLocalDate(date) && weekdayOf(date) === weekday;
}

const weekdayNumber = (word: string | undefined): number => englishWeekday(word);

const asTime = (minutes: number): LocalTime => ({ hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 });

export function findEnglishClockRanges(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, RANGE_RE)) {
    const g = m.groups ?? {};
    const conn = (g.conn ?? "").toLowerCase();
    if (conn === "and" && (g.from ?? "").toLowerCase() !== "between") continue;
    const pod = g.pod;
    const first = readClock(g, 1, undefined);
    const second = readClock(g, 2, pod);
    if (!first || !second) continue;
    // four-digit or 13-23 hours alone ("room 1200-1300", "pages 14-16") need from/between to be times
    const marked = g.ap1 || g.ap2 || pod || g.m1 || g.m2;
    const index = m.index ?? 0;
    const dayBefore = WEEKDAY_BEFORE.exec(ctx.text.slice(0, index));
    const weekdayBefore = dayBefore ? weekdayNumber(dayBefore.groups?.weekday) : -1;
    // "Friday 12-4" when Dec 4 is a Friday is that date, not a noon-to-four slot
    const slot =
      weekdayBefore >= 0 &&
      g.conn === "-" &&
      g.h1 !== undefined &&
      g.h2 !== undefined &&
      Number(g.h1) <= 12 &&
      Number(g.h2) <= 12 &&
      !fitsAsDate(ctx.today, Number(g.h1), Number(g.h2), weekdayBefore);
    if (!marked && !slot && (g.from === undefined || !CLOCK_CONTEXT.test(ctx.text.slice(index + m[0].length)))) continue;
    // the first time shares the second's half of the day when it comes before it on the 12-hour dial
    const secondHalf = second.half === "am" || second.half === "pm" ? second.half : null;
    const sameHalf = first.minutes % 720 < second.minutes % 720;
    const start = resolve(first, secondHalf && (sameHalf ? secondHalf : "am"));
    let end = resolve(second, null);
    if (second.half === null && end < start && end + 720 >= start) end += 720;
    const laterToday = start > ctx.today.hour * 60 + ctx.today.minute;
    const day = slot ? null : DAY_AFTER.exec(ctx.text.slice(index + m[0].length));
    let date: LocalDate | null = null;
    if (slot) date = resolveWeekday(weekdayBefore, null, ctx.today, laterToday);
    else if (day?.groups?.m) {
      const month = Number(day.groups.m);
      const dayOfMonth = Number(day.groups.d);
      date = { year: day.groups.y ? Number(day.groups.y) : nearestYear(ctx.today, month, dayOfMonth), month, day: dayOfMonth };
    } else if (day?.groups?.rel) date = addDays(ctx.today, /^tod/iu.test(day.groups.rel) ? 0 : 1);
    else if (day?.groups?.weekday) {
      const next = (day.groups.next ?? "").toLowerCase();
      date = resolveWeekday(weekdayNumber(day.groups.weekday), next === "next" ? "next" : next ? "this" : null, ctx.today, laterToday);
    }
    const from = slot && dayBefore ? index - dayBefore[0].length : index;
    out.push({
      index: from,
      end: index + m[0].length + (date && day ? day[0].length : 0),
      date,
      time: asTime(start),
      partOfDayHour: null,
      priority: PRIORITY_RANGE,
      until: { date: null, time: asTime(end) },
    });
  }
  return out;
}
