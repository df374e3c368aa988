import { PRIORITY_RANGE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, compareDates, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Seasons as periods: "this summer", "next winter", "last season". Northern-hemisphere
 * astronomical starts (spring Mar 20, summer Jun 21, fall Sep 23, winter Dec 21); each
 * season ends the day before the next one begins.
 */

const STARTS: Array<{ name: RegExp; month: number; day: number }> = [
  { name: /^spring$/iu, month: 3, day: 20 },
  { name: /^summer$/iu, month: 6, day: 21 },
  { name: /^(?:fall|autumn)$/iu, month: 9, day: 23 },
  { name: /^winter$/iu, month: 12, day: 21 },
];

const SEASON_RE =
  /\b(?<rel>this|current|next|coming|last|past|previous)\s+(?:(?<name>spring|summer|fall|autumn|winter)|seasons?)\b|\b(?:in|during|over)\s+the\s+(?<bare>spring|summer|autumn|winter)\b/giu;

/** Every season start from the year before today's to the year after, in order. */
/** SEASON_RE always names a season; see rule-hints.ts. */
const SEASON_HINT = /spring|summer|fall|autumn|winter|season/iu;

function seasonStarts(today: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let year = today.year - 2; year <= today.year + 2; year++) for (const s of STARTS) out.push({ year, month: s.month, day: s.day });
  return out;
}

export function findEnglishSeasons(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!SEASON_HINT.test(ctx.text)) return out;
  const starts = seasonStarts(ctx.today);
  // the season under way: the last start on or before today
  const current = starts.filter((d) => compareDates(d, ctx.today) <= 0).length - 1;
  for (const m of allMatches(ctx.text, SEASON_RE)) {
    const g = m.groups ?? {};
    const rel = (g.rel ?? "this").toLowerCase();
    const step = /next|coming/u.test(rel) ? 1 : /last|past|previous/u.test(rel) ? -1 : 0;
    const name = g.name ?? g.bare;
    let at = current + step;
    if (name) {
      const season = STARTS.findIndex((x) => x.name.test(name));
      // "this summer" is the one under way or the coming one; "last" the latest that has ended
      const ahead = starts.findIndex((_, i) => i >= current && i % 4 === season);
      const behind = ahead - 4 >= 0 && ahead - 4 !== current ? ahead - 4 : ahead - 8;
      at = step === -1 ? (ahead === current ? ahead - 4 : behind) : ahead + (step === 1 && ahead === current ? 4 : 0);
    }
    const start = starts[at];
    const next = starts[at + 1];
    if (!start || !next) continue;
    const index = m.index ?? 0;
    out.push({
      index,
      end: index + m[0].length,
      date: start,
      time: null,
      partOfDayHour: null,
      priority: PRIORITY_RANGE,
      until: { date: addDays(next, -1), time: null },
    });
  }
  return out;
}
