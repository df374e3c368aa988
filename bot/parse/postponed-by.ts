import { allMatches } from "./all-matches.js";
import type { DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { addDays, addMonths, daysInMonth, type LocalDate } from "./zoned-time.js";

/**
 * "周五的拜访往后推一周", "明天的会推迟两天", "push Friday's demo back a week": a date moved by a span
 * is the date plus the span (the follow-up stayed on Friday). The span follows the date it moves,
 * in the same sentence; "推迟两天" with no date before it is left to the offset rules.
 */
const POSTPONED_ZH =
  /(?<dir>往前|向前|提前|往后|向后|延后|推后|顺延|推迟|延期|延迟|推|挪)(?:挪|推|移)?(?:了|到)?(?<n>\d{1,2}|[一两二三四五六七八九十半]{1,3})(?<ge>个)?(?<unit>天|周|星期|礼拜|月)(?![前后内以之])/gu;
const POSTPONED_EN =
  /\b(?:push(?:ed|ing)?|mov(?:e|ed|ing)|delay(?:ed|ing)?|postpon(?:e|ed|ing)|bump(?:ed|ing)?|shift(?:ed|ing)?|slid|slip(?:ped)?)\b(?:\s+(?!(?:back|out|up|forward|ahead|by)\b)[\w'’&.-]+){0,6}?(?:\s+(?<dir>back|out|up|forward|ahead))?\s+(?:by\s+)?(?<n>a|an|one|two|three|four|\d{1,2})\s+(?<unit>days?|weeks?|months?)\b(?!\s+(?:ago|earlier|before))/giu;
const EN_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };
/** The span moves a date of its own clause: "周一拜访了华为，项目上线推迟两周" moves no visit. */
const CLAUSE_ENDS = "。.!！?？;；\n，,";
/** "往前挪一天", "move Friday's demo up 2 days": earlier. */
const EARLIER = /^(?:往前|向前|提前|up|forward|ahead)$/iu;

export function shiftPostponedDates(candidates: DateCandidate[], text: string, today: LocalDate): DateCandidate[] {
  const moves = [...allMatches(text, POSTPONED_ZH), ...allMatches(text, POSTPONED_EN)];
  if (moves.length === 0) return candidates;
  const out = [...candidates];
  for (const move of moves) {
    const { n: count, unit } = move.groups as { n: string; unit: string };
    const n = spanCount(count);
    if (n === null) continue;
    // Where the span starts: the date moved comes before it ("周五的拜访往后推", "push Friday's demo back").
    const at = (move.index ?? 0) + move[0].search(new RegExp(`${count}\\s*个?${unit}$`, "u"));
    const clauseStart = Math.max(...[...CLAUSE_ENDS].map((mark) => text.lastIndexOf(mark, at)));
    // Only a date still ahead is moved: a day gone by is a report ("上周的会推迟了两天" tells, it plans nothing).
    const target = out
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.date !== null && c.end <= at && c.index > clauseStart && !before(c.date, today))
      .at(-1);
    if (!target) continue;
    const sign = EARLIER.test(move.groups?.dir ?? "") ? -1 : 1;
    out[target.i] = { ...target.c, date: shifted(target.c.date!, sign * n, unit) };
  }
  return out;
}

function before(a: LocalDate, b: LocalDate): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

function spanCount(word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  const lower = word.toLowerCase();
  if (lower in EN_COUNTS) return EN_COUNTS[lower]!;
  if (word === "半") return null;
  return parseSmallInt(word);
}

function shifted(date: LocalDate, n: number, unit: string): LocalDate {
  if (/^(?:天|days?)$/iu.test(unit)) return addDays(date, n);
  if (/^(?:周|星期|礼拜|weeks?)$/iu.test(unit)) return addDays(date, 7 * n);
  const { year, month } = addMonths(date.year, date.month, n);
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
