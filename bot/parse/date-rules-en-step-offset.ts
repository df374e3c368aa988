import { allMatches } from "./all-matches.js";
import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { COUNT, countValue } from "./date-words-en.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, addMonths, daysInMonth, type LocalDate } from "./zoned-time.js";

/**
 * "f/u 2 weeks", "circle back a couple weeks", "ping them again ~10 days": a follow-up step
 * with its wait and no "in" in front — chrono reads a date only after "in". The wait counts
 * from today; "2 weeks ago / before / after …" are other readings and stay theirs.
 */
const STEP_THEN_WAIT = new RegExp(
  String.raw`\b(?:f\/u|fu|follow[\s-]?up|circle\s+back|check\s+(?:back|in)|ping(?:\s+(?:them|him|her))?|call\s+(?:them\s+|him\s+|her\s+)?back|reach\s+out|touch\s+base|reconnect|loop\s+back|chase(?:\s+(?:them|him|her))?|try\s+(?:them\s+|him\s+|her\s+)?again)(?:\s+again)?\s+(?<wait>(?:(?:~|≈|approx(?:imately|\.)?|about|around|roughly)\s*)?(?<n>${COUNT})(?:\s?-?ish)?\s*(?<unit>days?|weeks?|w|months?|mos?))\b(?!\s*(?:ago|before|after|prior|earlier|ahead|beforehand|in\s+advance|early|from\b|out\b|later\s+than))`,
  "giu",
);

/** Every pattern names one of these before its count (checked first: most messages have none). */
const STEP_HINT = /f\/?u|follow|circle|check|ping|call|reach|touch|reconnect|loop|chase|try/iu;

function after(today: LocalDate, n: number, unit: string): LocalDate {
  if (/^d/iu.test(unit)) return addDays(today, n);
  if (/^w/iu.test(unit)) return addDays(today, 7 * n);
  const { year, month } = addMonths(today.year, today.month, n);
  return { year, month, day: Math.min(today.day, daysInMonth(year, month)) };
}

export function findEnglishStepWaits(ctx: RuleContext): DateCandidate[] {
  if (!STEP_HINT.test(ctx.text)) return [];
  return allMatches(ctx.text, STEP_THEN_WAIT).map((m) => {
    const g = m.groups ?? {};
    // the wait ends the match: its span is the date's text
    const end = (m.index ?? 0) + m[0].length;
    return {
      index: end - (g.wait ?? "").length,
      end,
      date: after(ctx.today, countValue(g.n) ?? 1, g.unit ?? "day"),
      time: null,
      partOfDayHour: null,
      priority: PRIORITY_RULE,
    };
  });
}
