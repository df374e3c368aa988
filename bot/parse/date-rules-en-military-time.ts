import { allMatches } from "./all-matches.js";
import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";

/**
 * "call initech 12/17 1030", "mtg w/ fabrikam 12/15 1400", "call contoso tmrw 1030": four digits after a
 * day are a 24-hour clock time (chrono read "12/17 1030" as the year 1030, "tmrw 1030" as 09:00). After a
 * written date, a number that may be a year ("12/17 2027", "Dec 1 2020") stays its year.
 */
const DAY_BEFORE = String.raw`(?:today|tonight|tomorrow|tmrw|tmr|2moro|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\/\d{1,2}|\d{1,2}(?:st|nd|rd|th)|at|@)`;
export const HHMM_AFTER_DAY = new RegExp(
  String.raw`(?<=\b${DAY_BEFORE}\s*)(?<hh>[01]\d|2[0-3])(?<mm>[0-5]\d)(?:\s*(?:hrs?|h)\b)?(?![\d,.:]|\s*(?:k|m|mm|usd|dollars?|bucks|units?|seats?|licen[cs]es?|users?|pcs|%|\$|元|万))`,
  "giu",
);

/** Whether four digits after a written date may be its year ("Dec 1 2020") rather than a clock time. */
export function mayBeYear(digits: string): boolean {
  const n = Number(digits);
  return n >= 1900 && n <= 2099;
}

export function findEnglishMilitaryTimes(ctx: RuleContext): DateCandidate[] {
  if (!/\d{4}/u.test(ctx.text)) return [];
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, HHMM_AFTER_DAY)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    // after a written date the number may be its year; after "tmrw" or "fri" it is a time
    if (/\d(?:st|nd|rd|th)?\s*$/iu.test(ctx.text.slice(0, index)) && mayBeYear(`${g.hh}${g.mm}`)) continue;
    out.push({ index, end: index + m[0].length, date: null, time: { hour: Number(g.hh), minute: Number(g.mm) }, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
