import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { resolveWeekday } from "./resolve-weekday.js";
import { englishWeekdayModifier } from "./weekday-tense-en.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { englishWeekday } from "./english-weekday.js";

/**
 * Weekdays chrono (2.10) skips: "friday after next", "3 fridays from now",
 * "2 thursdays ago", the short forms "tues", "weds", "thurs", and "sat" / "sun" /
 * "mon" / "wed" when "on", "next", "this"… in front show they are days (alone they
 * are words: "I sat down"). Also "tomorrows" / "todays" written without the apostrophe and
 * "day after tomorrow" without its "the".
 */

const FULL = String.raw`(?<wd>(?:sun|mon|tues|wednes|thurs|fri|satur)day)`;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const RE = {
  afterNext: new RegExp(String.raw`\b${FULL}\s+after\s+next\b`, "giu"),
  counted: new RegExp(String.raw`\b(?<n>[1-6]|one|two|three|four|five|six)\s+${FULL}s\s+(?<dir>from\s+(?:now|today)|hence|ago|back|before)\b`, "giu"),
  short:
    /\b(?:(?<rel>next|this|last|coming|on|by|until|till|before|after|every|past|previous|following)\s+)?(?<wd>tues|weds|thurs?|sat|sun|mon|wed)\b\.?(?!['’]\w)/giu,
  dayWord: /\b(?<word>tomorrows|todays)\b/giu,
  // chrono needs "the" in "the day after tomorrow"; without it, it keeps only "tomorrow"
  dayAfter:
    /\b(?:the\s+)?day\s+(?<dir>after|before)\s+(?<anchor>tomorrow|tmrw|yesterday)\b(?:,?\s+(?:at\s+)?(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\s*(?<ap>[ap]\.?m\.?))?/giu,
} as const;

/** Every pattern above names a weekday, "tomorrows"/"todays" or "the day after"; see rule-hints.ts. */
const DAY_HINT = /day|tue|wed|thu|sat|sun|mon|tomorrow/iu;

export function findEnglishWeekdayCounts(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!DAY_HINT.test(ctx.text)) return out;
  const { today, text } = ctx;
  const push = (index: number, raw: string, date: LocalDate) => {
    out.push({ index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  };
  /** the n-th such weekday after today (n > 0) or before it (n < 0) */
  const nth = (weekday: number, n: number): LocalDate => {
    const ahead = (weekday - today.weekday + 7) % 7 || 7;
    const back = (today.weekday - weekday + 7) % 7 || 7;
    return n > 0 ? addDays(today, ahead + 7 * (n - 1)) : addDays(today, -back - 7 * (-n - 1));
  };
  for (const m of allMatches(text, RE.afterNext)) {
    push(m.index ?? 0, m[0], nth(englishWeekday(m.groups?.wd), 2));
  }
  for (const m of allMatches(text, RE.counted)) {
    const g = m.groups ?? {};
    const n = COUNT[(g.n ?? "").toLowerCase()] ?? Number(g.n);
    const back = /ago|back|before/iu.test(g.dir ?? "");
    push(m.index ?? 0, m[0], nth(englishWeekday(g.wd), back ? -n : n));
  }
  for (const m of allMatches(text, RE.short)) {
    const g = m.groups ?? {};
    const wd = (g.wd ?? "").toLowerCase();
    // "sat"/"sun"/"mon"/"wed" are ordinary words unless a day cue stands before them or they are the whole text
    const ambiguous = wd === "sat" || wd === "sun" || wd === "mon" || wd === "wed";
    if (ambiguous && g.rel === undefined && text.trim().replace(/\.$/u, "").toLowerCase() !== wd) continue;
    const index = m.index ?? 0;
    const raw = m[0].replace(/\.$/u, "");
    // "dropped by initech on thurs": read exactly like "on thursday", the latest one in a report
    push(
      index,
      raw,
      resolveWeekday(englishWeekday(wd), englishWeekdayModifier(text, index, index + raw.length, { weekday: englishWeekday(wd), today }), today, false),
    );
  }
  for (const m of allMatches(text, RE.dayWord)) {
    push(m.index ?? 0, m[0], addDays(today, /tomorrow/iu.test(m[0]) ? 1 : 0));
  }
  for (const m of allMatches(text, RE.dayAfter)) {
    const g = m.groups ?? {};
    const anchor = /yesterday/iu.test(g.anchor ?? "") ? -1 : 1;
    const index = m.index ?? 0;
    const date = addDays(today, anchor + (/after/iu.test(g.dir ?? "") ? 1 : -1));
    // the clock time after it is kept in the span, or chrono's "tomorrow 5pm" would split the phrase
    const time = g.h === undefined ? null : { hour: (Number(g.h) % 12) + (/p/iu.test(g.ap ?? "") ? 12 : 0), minute: Number(g.mi ?? 0) };
    out.push({ index, end: index + m[0].length, date, time, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
