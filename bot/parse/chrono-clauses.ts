import type { Chrono, ParsedResult, ParsingReference } from "chrono-node";
import { allMatches } from "./all-matches.js";

/**
 * chrono glues a date to the next one across a comma ("called them this morning, next
 * Wednesday afternoon follow up" comes back as one result for this morning). When the
 * pieces on either side of the punctuation name different days, they are two dates
 * from two clauses; "Friday, Dec 4" (a weekday naming the date) stays one.
 */

export interface PlacedResult {
  result: ParsedResult;
  /** where the text the result's index counts from starts in the message */
  shift: number;
}

const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^(?:周|星期|礼拜)[一二三四五六日天]$/iu;
const CLAUSE_BREAK = /[,，;；。!！?？]/gu;
const HAN_SPACE = /\p{Script=Han}\s+\p{Script=Han}/u;
const CLAUSE_BREAK_ZH = /[,，;；。!！?？]|(?<=\p{Script=Han})\s(?=\s*\p{Script=Han})/gu;
const RELATIVE_WEEKDAY = /^(?:下下?|上上?|这|本)个?(?:周|星期|礼拜)[一二三四五六日天]$/u;

function dayKey(r: ParsedResult): string {
  const d = r.start;
  return `${d.get("year")}-${d.get("month")}-${d.get("day")}`;
}

export function splitAtClauses(parser: Chrono, raw: ParsedResult, reference: ParsingReference): PlacedResult[] {
  const whole = [{ result: raw, shift: 0 }];
  // in a terse Chinese note a space between words ends a clause too ("推迟到周五 下周一再跟进")
  const breaks = HAN_SPACE.test(raw.text) ? CLAUSE_BREAK_ZH : CLAUSE_BREAK;
  if (!/[,，;；。!！?？]/u.test(raw.text) && breaks === CLAUSE_BREAK) return whole;
  const pieces: PlacedResult[] = [];
  let start = 0;
  const bounds = [...allMatches(raw.text, breaks)].map((m) => m.index ?? 0).concat(raw.text.length);
  for (const stop of bounds) {
    const segment = raw.text.slice(start, stop);
    const shift = raw.index + start;
    for (const result of parser.parse(segment, reference)) pieces.push({ result, shift });
    start = stop + 1;
  }
  // a bare weekday next to a date ("Friday, Dec 4", "Dec 4, Fri.") names that date's weekday
  // (not "周五 下周一": a weekday beside another weekday names no date of it)
  const namesDate = pieces.some((p) => !BARE_WEEKDAY.test(p.result.text) && !RELATIVE_WEEKDAY.test(p.result.text));
  if (pieces.length < 2 || (pieces.some((p) => BARE_WEEKDAY.test(p.result.text)) && namesDate)) return whole;
  // "Jan 10, 2027 at 9am", "Dec 4, 3pm": a year or a clock alone after the comma is that date's, no other day
  const dated = pieces.map((p) => namesADay(p.result));
  const firstDated = dated.indexOf(true);
  const clockAfterDate = firstDated >= 0 && dated.every((d, i) => d || i > firstDated);
  const days = new Set(pieces.filter((_, i) => dated[i] || !clockAfterDate).map((p) => dayKey(p.result)));
  return days.size > 1 ? pieces : whole;
}

function namesADay(r: ParsedResult): boolean {
  return r.start.isCertain("day") || r.start.isCertain("weekday") || r.start.isCertain("month") || r.start.isCertain("year");
}
