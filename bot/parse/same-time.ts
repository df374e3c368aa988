import { allMatches } from "./all-matches.js";
import type { DateCandidate } from "./date-candidate.js";

/** "改到明天同一时间", "pushed to Fri same time", "周五老时间", "改到明天了 时间不变": the clock of the time named before. */
const SAME_TIME =
  /同一时[间刻]|同样(?:的)?时间|一样的时间|原(?:来的?)?时间|老时间|还是(?:那个|原来的?)时间|时间(?:不变|照旧|没变|不动|还是一样)|\bsame\s+time\b/giu;
const BETWEEN = /^\s*(?:了|的|,|，|at|@)?\s*(?:[,，]\s*)?$/iu;
/** "next tues same time (2pm)", "Thursday, same time 10am", "明天同一时间下午两点": the clock said right after it. */
const THEN_CLOCK = /^\s*[(（]?\s*(?:i\.e\.?|so|at|@|即|也就是)?\s*$/iu;

/** A clock time as typed: "下午4点", "4点半", "十点", "2pm", "14:30". */
const CLOCK_TEXT =
  /(?:上午|下午|晚上|早上|中午|傍晚)?[0-9〇一二三四五六七八九十两]{1,3}(?:[点:：](?:[0-9]{1,2}分?|半|一刻|三刻)?)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)/giu;

/**
 * "阿里今天下午4点的会取消了，改到下周二同一时间": the appointment called off is blanked before dates are read,
 * and its clock with it; said here first, "same time" keeps that clock ("改到下周二 下午4点"). Only when the message
 * calls something off (see blankCancelledClauses) and a clock comes before the words.
 */
export function carrySameTimeClock(text: string, callsOff: (text: string) => boolean): string {
  const same = new RegExp(SAME_TIME.source, "iu").exec(text);
  if (!same || !callsOff(text)) return text;
  const clock = allMatches(text.slice(0, same.index), CLOCK_TEXT).at(-1)?.[0];
  if (!clock) return text;
  return `${text.slice(0, same.index)} ${clock}${text.slice(same.index + same[0].length)}`;
}

/** 同一时间 holds 一时, which the Chinese parser reads as one o'clock: the same length without it. */
export function maskSameTimeWords(text: string): string {
  return text.replace(/同一时([间刻])/gu, "同样时$1");
}

/**
 * A day said with "same time" after it takes the clock of the nearest earlier date that has one
 * ("上午十点跟小米的会取消了，改到明天同一时间" → tomorrow 10:00, "Initech mtg (was 2pm today) pushed to Fri
 * same time" → Friday 14:00), or of the clock said right after it ("next tues same time (2pm)"). Candidates in text order.
 */
export function applySameTime(candidates: DateCandidate[], text: string): DateCandidate[] {
  let out = candidates;
  for (const m of allMatches(text, SAME_TIME)) {
    const at = m.index ?? 0;
    const day = out.findIndex((c) => c.end <= at && c.time === null && c.date !== null && BETWEEN.test(text.slice(c.end, at)));
    if (day < 0) continue;
    const after = at + m[0].length;
    const said = out.findIndex((c) => c.index >= after && c.date === null && c.time !== null && THEN_CLOCK.test(text.slice(after, c.index)));
    if (said >= 0) {
      out = out.flatMap((c, i) => (i === said ? [] : i === day ? [{ ...c, time: out[said]!.time, end: out[said]!.end }] : [c]));
      continue;
    }
    const clock = out
      .slice(0, day)
      .filter((c) => c.time !== null)
      .at(-1);
    if (!clock?.time) continue;
    out = out.map((c, i) => (i === day ? { ...c, time: clock.time } : c));
  }
  return out;
}
