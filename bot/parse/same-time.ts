import { allMatches } from "./all-matches.js";
import type { DateCandidate } from "./date-candidate.js";

/** "改到明天同一时间", "pushed to Fri same time", "周五老时间": the clock of the time named before. */
const SAME_TIME = /同一时[间刻]|同样(?:的)?时间|一样的时间|原(?:来的?)?时间|老时间|\bsame\s+time\b/giu;
const BETWEEN = /^\s*(?:的|,|，|at|@)?\s*$/iu;

/** 同一时间 holds 一时, which the Chinese parser reads as one o'clock: the same length without it. */
export function maskSameTimeWords(text: string): string {
  return text.replace(/同一时([间刻])/gu, "同样时$1");
}

/**
 * A day said with "same time" after it takes the clock of the nearest earlier date that has one
 * ("上午十点跟小米的会取消了，改到明天同一时间" → tomorrow 10:00, "Initech mtg (was 2pm today) pushed to Fri
 * same time" → Friday 14:00). Candidates in text order.
 */
export function applySameTime(candidates: DateCandidate[], text: string): DateCandidate[] {
  let out = candidates;
  for (const m of allMatches(text, SAME_TIME)) {
    const at = m.index ?? 0;
    const day = out.findIndex((c) => c.end <= at && c.time === null && c.date !== null && BETWEEN.test(text.slice(c.end, at)));
    if (day < 0) continue;
    const clock = out
      .slice(0, day)
      .filter((c) => c.time !== null)
      .at(-1);
    if (!clock?.time) continue;
    out = out.map((c, i) => (i === day ? { ...c, time: clock.time } : c));
  }
  return out;
}
