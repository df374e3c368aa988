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

function dayKey(r: ParsedResult): string {
  const d = r.start;
  return `${d.get("year")}-${d.get("month")}-${d.get("day")}`;
}

export function splitAtClauses(parser: Chrono, raw: ParsedResult, reference: ParsingReference): PlacedResult[] {
  const whole = [{ result: raw, shift: 0 }];
  if (!/[,，;；。!！?？]/u.test(raw.text)) return whole;
  const pieces: PlacedResult[] = [];
  let start = 0;
  const bounds = [...allMatches(raw.text, CLAUSE_BREAK)].map((m) => m.index ?? 0).concat(raw.text.length);
  for (const stop of bounds) {
    const segment = raw.text.slice(start, stop);
    const shift = raw.index + start;
    for (const result of parser.parse(segment, reference)) pieces.push({ result, shift });
    start = stop + 1;
  }
  // a bare weekday next to a date ("Friday, Dec 4", "Dec 4, Fri.") names that date's weekday
  if (pieces.length < 2 || pieces.some((p) => BARE_WEEKDAY.test(p.result.text))) return whole;
  const days = new Set(pieces.map((p) => dayKey(p.result)));
  return days.size > 1 ? pieces : whole;
}
