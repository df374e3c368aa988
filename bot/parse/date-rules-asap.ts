import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { zonedParts } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * "schedule an exec call asap", "尽快回复客户": as soon as possible is a follow-up an hour from now, not no
 * follow-up at all. Only words that ask for speed; "immediately" and "马上" also tell how fast something
 * happened ("they signed immediately", "马上就签了"), so they are not read.
 */
const ASAP = /\b(?:asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+possible)(?![\p{L}\p{N}])|尽快|尽早|越快越好/giu;
const LEAD_TIME_MS = 3_600_000;
/**
 * "没人接，晚点再打", "等会儿回电话", "call them back later today": later the same day, a couple of hours
 * on. Only before a next step; "发货晚点了" (a delay) and "回头/改天" (some other day) are not read.
 */
const LATER_TODAY =
  /(?:晚点儿?|晚些(?:时候)?|等一?会儿?|待一?会儿?|过一?会儿?|一会儿|稍后|稍晚|等一?下)(?=\s*(?:再|打|回|联系|发|给|跟|问|聊|沟通|电话|确认|开会|会议))|\blater\s+today\b/giu;
const LATER_MS = 2 * 3_600_000;
const CLOCK_AFTER = /^\s*(?:(?:at|@|around|about|by)\s*\d{1,2}(?::\d\d)?|\d{1,2}(?::\d\d)?\s*(?:am|pm)|[\d一二两三四五六七八九十]{1,3}\s*点)/iu;

export function findAsapDates(ctx: RuleContext): DateCandidate[] {
  return [...soon(ctx, ASAP, LEAD_TIME_MS), ...soon(ctx, LATER_TODAY, LATER_MS)];
}

function soon(ctx: RuleContext, words: RegExp, leadMs: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, words)) {
    const index = m.index ?? 0;
    const at = zonedParts(new Date(ctx.now.getTime() + leadMs), ctx.timezone);
    // "later today at 3", "稍后3点": the clock said is the time (read by the other rules); "later" only says today
    if (CLOCK_AFTER.test(ctx.text.slice(index + m[0].length))) continue;
    out.push({
      index,
      end: index + m[0].length,
      date: { year: at.year, month: at.month, day: at.day },
      time: { hour: at.hour, minute: at.minute },
      partOfDayHour: null,
      priority: PRIORITY_RULE,
      label: m[0],
      urgent: true,
    });
  }
  return out;
}
