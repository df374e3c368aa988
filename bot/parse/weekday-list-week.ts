import type { DateCandidate } from "./date-candidate.js";

const WEEK_PREFIX = /^(?:下下|下|上上|上|本|这)个?(?:周|星期|礼拜)[一二三四五六日天]/u;
const BARE_WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天]$/u;
const JOIN = /^\s*(?:或者?|还是|、|和|跟|与|\/|或是)\s*$/u;

/**
 * "下周三或周四", "下周二、周三都行": a bare weekday listed after one with its week named is in that
 * week (chrono reads it as this week's), and the first choice is the follow-up: the listed one is
 * folded into it, its span widened so that a cue after the list ("…或周四去阿里巴巴") still applies.
 * Candidates in text order.
 */
export function weekdaysInListedWeek(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const c of candidates) {
    const prev = out.at(-1);
    const listed =
      prev?.date &&
      BARE_WEEKDAY.test(text.slice(c.index, c.end)) &&
      WEEK_PREFIX.test(text.slice(prev.index, prev.end)) &&
      JOIN.test(text.slice(prev.end, c.index));
    if (listed) out[out.length - 1] = { ...prev, end: c.end, label: text.slice(prev.index, c.end) };
    else out.push(c);
  }
  return out;
}
