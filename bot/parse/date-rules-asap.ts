import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, zonedParts } from "./zoned-time.js";
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
/** The clock of "later today @ 8", "later today at 7:30pm" (English: the Chinese ones are read by the other rules). */
const EN_CLOCK_AFTER =
  /^\s*(?:(?:at|@|around|about|by)\s*)?(?:(?<hour>\d{1,2})(?::(?<minute>\d\d))?\s*(?<half>am|pm|a\.m\.|p\.m\.)?(?![\d:])|(?<noon>noon|midday)\b)/iu;

/** A next clause that says the thing asked for fast was done. */
const DONE_AFTER =
  /^[^.;。；!！]{0,12}?[,.;，。；]\s*(?:(?:and\s+|i\s+|we\s+|already\s+|just\s+)*(?:sent|emailed|shared|delivered|forwarded|did|done|handled|submitted)\b|(?:我|我们)?(?:已经?|刚刚?|当场|马上就?|立刻)?(?:发|给|传|寄|提交)(?:过去|出去|给[^，,。；;\s]{1,6}?)?了(?![吗么没]))/iu;

export function findAsapDates(ctx: RuleContext): DateCandidate[] {
  return [...soon(ctx, ASAP, LEAD_TIME_MS), ...soon(ctx, LATER_TODAY, LATER_MS)];
}

function soon(ctx: RuleContext, words: RegExp, leadMs: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, words)) {
    const index = m.index ?? 0;
    const soonAt = zonedParts(new Date(ctx.now.getTime() + leadMs), ctx.timezone);
    // "need a new sponsor asap" typed at 19:50: as soon as possible is the next morning, not 20:50
    const at = leadMs === LEAD_TIME_MS ? withinWorkingHours(soonAt) : soonAt;
    const after = ctx.text.slice(index + m[0].length);
    // "later today at 3", "later today @ 8" at 09:30: the clock said is the time, ahead of now (8 is 20:00)
    const clock = leadMs === LATER_MS ? laterClock(ctx, after) : null;
    if (clock) {
      out.push({ index, end: index + m[0].length + clock.length, ...clock.candidate, label: m[0] + after.slice(0, clock.length), urgent: true });
      continue;
    }

    // "稍后3点": the clock said is the time (read by the other rules); "later" only says today
    if (CLOCK_AFTER.test(after)) continue;
    // "they need the whitepaper ASAP, sent it right after", "要求尽快发资料，已经发过去了": asked fast and done
    if (leadMs === LEAD_TIME_MS && DONE_AFTER.test(after)) continue;
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

const EVENING_HOUR = 20;
const MORNING_HOUR = 8;
const NEXT_MORNING = { hour: 9, minute: 0 };

/** An hour from now, unless that is late evening or night: then 09:00 the next morning. */
function withinWorkingHours(at: ReturnType<typeof zonedParts>): { year: number; month: number; day: number; hour: number; minute: number } {
  if (at.hour >= MORNING_HOUR && at.hour < EVENING_HOUR) return at;
  const day = at.hour >= EVENING_HOUR ? addDays({ year: at.year, month: at.month, day: at.day }, 1) : { year: at.year, month: at.month, day: at.day };
  return { ...day, ...NEXT_MORNING };
}

/**
 * The clock after "later today" as the next such time today: "@ 8" at 09:30 is 20:00; a time already
 * gone even so ("@ 8am" at 09:30) is no clock of a later time, and "later today" alone decides.
 */
function laterClock(ctx: RuleContext, after: string): { length: number; candidate: Omit<DateCandidate, "index" | "end" | "label"> } | null {
  const m = EN_CLOCK_AFTER.exec(after);
  if (!m?.groups) return null;
  let hour = m.groups.noon ? 12 : Number(m.groups.hour);
  const minute = Number(m.groups.minute ?? 0);
  const half = m.groups.half?.toLowerCase().replace(/\./g, "");
  if (hour > 23 || minute > 59 || (half && (hour < 1 || hour > 12))) return null;
  if (half === "pm" && hour < 12) hour += 12;
  if (half === "am" && hour === 12) hour = 0;
  const now = zonedParts(ctx.now, ctx.timezone);
  const nowMinutes = now.hour * 60 + now.minute;
  if (!half && hour < 12 && hour * 60 + minute <= nowMinutes) hour += 12;
  if (hour * 60 + minute <= nowMinutes) return null;
  return {
    length: m[0].length,
    candidate: { date: { year: now.year, month: now.month, day: now.day }, time: { hour, minute }, partOfDayHour: null, priority: PRIORITY_RULE },
  };
}
