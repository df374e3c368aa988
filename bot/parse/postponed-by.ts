import { allMatches } from "./all-matches.js";
import type { DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { countValue } from "./date-words-en.js";
import { addDays, addMonths, compareDates, daysInMonth, type LocalDate } from "./zoned-time.js";

/**
 * "周五的拜访往后推一周", "明天的会推迟两天", "push Friday's demo back a week": a date moved by a span
 * is the date plus the span (the follow-up stayed on Friday). The span follows the date it moves,
 * in the same sentence; "推迟两天" with no date before it is left to the offset rules.
 */
const POSTPONED_ZH =
  /(?<dir>往前|向前|提前|往后|向后|延后|推后|顺延|推迟|延期|延迟|推|挪)(?:挪|推|移)?(?:了|到)?(?<n>\d{1,2}|[一两二三四五六七八九十半]{1,3})(?<ge>个)?(?<unit>天|周|星期|礼拜|月|小时|钟头)(?![前后内以之])(?!到|出发|过去|去|来|准备)/gu;
const POSTPONED_EN =
  /\b(?:push(?:ed|ing)?|mov(?:e|ed|ing)|delay(?:ed|ing)?|postpon(?:e|ed|ing)|bump(?:ed|ing)?|shift(?:ed|ing)?|slid|slip(?:ped)?)\b(?:\s+(?!(?:back|out|up|forward|ahead|by)\b)[\w'’&.-]+){0,6}?(?:\s+(?<dir>back|out|up|forward|ahead))?\s+(?:by\s+)?(?<n>a|an|one|two|three|four|\d{1,2})\s+(?<unit>days?|weeks?|months?|hours?|hrs?|hr)\b(?!\s+(?:ago|earlier|before))/giu;
/** The span moves a date of its own clause: "周一拜访了华为，项目上线推迟两周" moves no visit. */
const CLAUSE_ENDS = "。.!！?？;；\n，,";
const SENTENCE_ENDS = "。.!！?？;；\n";
const MOVED_TO = /推到|改到|挪到|延到|换到|调到|\b(?:to|until|till)\b/iu;
/** What may stand before the move word in a clause that is only the move. */
const BARE_MOVE =
  /^\s*(?:客户|对方|他们|王总|张总|李总|那边)?(?:要求|希望|说|想)?(?:改到)?\s*$|^\s*(?:(?:they|it|we|has\s+been|have\s+been|was|got|been|just)\s+)*$/iu;
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
    const sentenceStart = Math.max(...[...SENTENCE_ENDS].map((mark) => text.lastIndexOf(mark, at)));
    // A clause that is only the move ("周五跟华为的拜访，往后推一周", "Friday's demo, pushed back a week") moves a date
    // still ahead in the clause before; a move with a subject of its own ("项目上线推迟两周") moves nothing there.
    // …unless the clause before already moved it to a day ("从周五推到下周一，推迟了三天" says the same move twice).
    const bareMove = BARE_MOVE.test(text.slice(clauseStart + 1, move.index ?? 0)) && !MOVED_TO.test(text.slice(sentenceStart + 1, clauseStart));
    const target = out
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.date !== null && c.end <= at && (c.index > clauseStart || (bareMove && c.index > sentenceStart && compareDates(c.date, today) >= 0)))
      .at(-1);
    if (!target) continue;
    const sign = EARLIER.test(move.groups?.dir ?? "") ? -1 : 1;
    if (HOURS.test(unit)) {
      // "明天上午10点的会推迟一小时", "tomorrow 2pm pushed 1 hr": the clock moves; a day without one has nothing to move
      const time = target.c.time;
      if (!time) continue;
      const minutes = time.hour * 60 + time.minute + sign * n * 60;
      const days = Math.floor(minutes / 1440);
      const within = minutes - days * 1440;
      out[target.i] = { ...target.c, date: addDays(target.c.date!, days), time: { hour: Math.floor(within / 60), minute: within % 60 } };
      continue;
    }
    out[target.i] = { ...target.c, date: shifted(target.c.date!, sign * n, unit) };
  }
  return out;
}

const HOURS = /^(?:小时|钟头|hours?|hrs?|hr)$/iu;

function spanCount(word: string): number | null {
  return countValue(word) ?? (word === "半" ? null : parseSmallInt(word));
}

function shifted(date: LocalDate, n: number, unit: string): LocalDate {
  if (/^(?:天|days?)$/iu.test(unit)) return addDays(date, n);
  if (/^(?:周|星期|礼拜|weeks?)$/iu.test(unit)) return addDays(date, 7 * n);
  const { year, month } = addMonths(date.year, date.month, n);
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
