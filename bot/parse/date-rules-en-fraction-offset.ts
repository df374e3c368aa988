import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { zonedParts } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Offsets in parts of an hour: "in 1/2 hour", "in 3/4h", "in a quarter of an hour",
 * "in three-quarters of an hour", "in 2 and a half hours", "in 2 more minutes",
 * "in a couple of minutes". chrono reads "1/2" as January 2nd.
 */

const RE = {
  fraction: /\bin\s+(?:(?<num>[13])\/(?<den>[24])|(?<word>a\s+quarter\s+of\s+an?|three[\s-]quarters?\s+of\s+an?|half\s+an?))\s*(?:h|hrs?|hours?)\b/giu,
  andHalf: /\bin\s+(?<n>\d{1,2}|one|two|three|four|five|six)\s+and\s+an?\s+half\s+(?:h|hrs?|hours?)\b/giu,
  // "in an hour and a half", "in a day and a half", "in 2 weeks and a half"
  unitAndHalf: /\bin\s+(?<n>an?|one|two|three|\d{1,2})\s+(?<unit>hours?|days?|weeks?)\s+and\s+a\s+half\b/giu,
  moreMinutes: /\bin\s+(?<n>\d{1,3}|a\s+(?:pair|couple)\s+of|a\s+few|two|three|five|ten)\s+(?:more\s+)?min(?:ute)?s?\b/giu,
} as const;

const IN_HINT = /in\s/iu;
const UNIT_HINT = /h|min/iu;

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };

function count(word: string): number {
  const w = word.toLowerCase().replace(/\s+/gu, " ");
  if (w.startsWith("a pair") || w.startsWith("a couple")) return 2;
  if (w === "a few") return 3;
  return WORDS[w] ?? Number(w);
}

export function findEnglishFractionOffsets(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  // every pattern is "in ... h / hours / min" (see rule-hints.ts)
  if (!IN_HINT.test(ctx.text) || !UNIT_HINT.test(ctx.text)) return out;
  const push = (index: number, raw: string, minutes: number) => {
    const at = zonedParts(new Date(ctx.now.getTime() + minutes * 60000), ctx.timezone);
    out.push({
      index,
      end: index + raw.length,
      date: { year: at.year, month: at.month, day: at.day },
      time: { hour: at.hour, minute: at.minute },
      partOfDayHour: null,
      priority: PRIORITY_RULE,
    });
  };
  for (const m of allMatches(ctx.text, RE.fraction)) {
    const g = m.groups ?? {};
    const word = (g.word ?? "").toLowerCase();
    const share = g.num !== undefined ? Number(g.num) / Number(g.den) : word.startsWith("three") ? 0.75 : word.startsWith("half") ? 0.5 : 0.25;
    push(m.index ?? 0, m[0], Math.round(share * 60));
  }
  for (const m of allMatches(ctx.text, RE.andHalf)) push(m.index ?? 0, m[0], (count(m.groups?.n ?? "") + 0.5) * 60);
  for (const m of allMatches(ctx.text, RE.unitAndHalf)) {
    const n = /^an?$/iu.test(m.groups?.n ?? "") ? 1 : count(m.groups?.n ?? "");
    const unit = (m.groups?.unit ?? "").toLowerCase();
    if (unit.startsWith("hour")) {
      push(m.index ?? 0, m[0], (n + 0.5) * 60);
      continue;
    }
    // a day and a half from now names a day, not a clock time
    const days = (n + 0.5) * (unit.startsWith("week") ? 7 : 1);
    const at = zonedParts(new Date(ctx.now.getTime() + days * 86_400_000), ctx.timezone);
    const index = m.index ?? 0;
    out.push({
      index,
      end: index + m[0].length,
      date: { year: at.year, month: at.month, day: at.day },
      time: null,
      partOfDayHour: null,
      priority: PRIORITY_RULE,
    });
  }
  for (const m of allMatches(ctx.text, RE.moreMinutes)) {
    // plain "in 5 minutes" is chrono's; only the forms it misses are claimed here
    if (!/more|pair|couple|few/iu.test(m[0])) continue;
    push(m.index ?? 0, m[0], count(m.groups?.n ?? ""));
  }
  return out;
}
