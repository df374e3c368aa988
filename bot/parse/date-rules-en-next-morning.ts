import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { clauseTense } from "./clause-tense.js";
import { clauseAround } from "./clause-bounds.js";

/**
 * "try again first thing", "call acme in the morning" typed in the evening: with no day named, the
 * morning meant is the coming one, not today's that has passed ("called them in the morning" stays today's).
 * "first thing" is the next working morning; before 9:00 it is this one.
 */
const DAY_WORD = String.raw`(?:today|tomorrow|tmrw|tmr|tmw|yesterday|yday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*|next\s+\w+|this\s+\w+|on\s+\w+`;
const FIRST_THING = new RegExp(String.raw`(?<!\b(?:${DAY_WORD})\s+)\bfirst\s+thing(?:\s+in\s+the\s+(?:morning|am))?\b(?!\s+(?:${DAY_WORD})\b)`, "giu");
const IN_THE_MORNING = new RegExp(String.raw`(?<!\b(?:${DAY_WORD}|first\s+thing)\s+)\bin\s+the\s+(?:morning|am)\b(?!\s+(?:${DAY_WORD})\b)`, "giu");
const HINT = /\bfirst\s+thing\b|\bin\s+the\s+(?:morning|am)\b/iu;
const NINE = { hour: 9, minute: 0 };

function nextWorkday(from: LocalDate & { weekday: number }): LocalDate {
  const ahead = from.weekday === 5 ? 3 : from.weekday === 6 ? 2 : 1;
  return addDays(from, ahead);
}

export function findEnglishNextMornings(ctx: RuleContext): DateCandidate[] {
  if (!HINT.test(ctx.text)) return [];
  const out: DateCandidate[] = [];
  const early = ctx.today.hour < 9;
  for (const m of allMatches(ctx.text, FIRST_THING)) {
    const index = m.index ?? 0;
    const date = early ? ctx.today : nextWorkday(ctx.today);
    out.push({ index, end: index + m[0].length, date, time: NINE, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  // before noon "in the morning" may still be this one; chrono's reading stands
  if (ctx.today.hour < 12) return out;
  for (const m of allMatches(ctx.text, IN_THE_MORNING)) {
    const index = m.index ?? 0;
    if (clauseTense(clauseAround(ctx.text, index, index + m[0].length)) === "past") continue;
    out.push({ index, end: index + m[0].length, date: addDays(ctx.today, 1), time: null, partOfDayHour: 9, priority: PRIORITY_RULE });
  }
  return out;
}
