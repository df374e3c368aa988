import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * "at the moment", "at present", "at this time", "ATM": unlike a bare "now" (an
 * ordinary adverb in "they now want a quote"), these phrases only ever name the
 * present. As a clock time they join a day next to them ("at this time tomorrow").
 */
const NOW_PHRASE =
  /\b(?:at\s+(?:the\s+)?(?:moment|present(?:\s+time)?|minute)|at\s+this\s+(?:time|moment)(?!\s+(?:of|last|next))|(?<!\b(?:the|an?|to|at)\s+)ATM)\b/giu;

/** NOW_PHRASE is "at the moment / present / minute", "at this time / moment" or ATM; see rule-hints.ts. */
const NOW_HINT = /moment|present|minute|time|atm/iu;

export function findEnglishNowPhrases(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!NOW_HINT.test(ctx.text)) return out;
  for (const m of allMatches(ctx.text, NOW_PHRASE)) {
    // "atm" in lower case is as often the cash machine; only the shouting form is the abbreviation
    if (/atm/u.test(m[0])) continue;
    const index = m.index ?? 0;
    const { hour, minute, second } = ctx.today;
    out.push({ index, end: index + m[0].length, date: null, time: { hour, minute, second }, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
