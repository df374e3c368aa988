import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { ParseProblem, ParsedDate } from './types.js';
import { PRIORITY_CHRONO, type DateCandidate, type InvalidDateSpan } from './date-candidate.js';
import { findRuleDates } from './date-rules.js';
import { findInvalidDates } from './invalid-dates.js';
import { simplifyDateChars } from './simplify-date-chars.js';
import { hasHan, hasLatinWord } from './detect-locale.js';
import { MAX_PARSE_CHARS, toHalfWidth, truncate } from './normalize-text.js';
import { detectEnWeekModifier, detectZhWeekModifier, resolveWeekday } from './resolve-weekday.js';
import {
  addDays,
  compareDates,
  isValidLocalDate,
  nearestYear,
  offsetMinutes,
  safeTimeZone,
  zonedParts,
  zonedTimeToInstant,
  type LocalDate,
  type LocalDateTime,
  type LocalTime,
} from './zoned-time.js';

export interface DateContext {
  now: Date;
  /** IANA zone of the user, e.g. 'Asia/Shanghai'; an unknown zone falls back to UTC */
  timezone: string;
}

export interface ParsedDates {
  /** first date after `now`: when to follow up */
  followUp: ParsedDate | null;
  /** first date before `now`: when the logged activity happened */
  occurredAt: ParsedDate | null;
  /** every date found, in text order; a bare date argument just takes dates[0] */
  dates: ParsedDate[];
  problems: ParseProblem[];
}

/** Reps say "明天" and mean the start of the working day, not chrono's noon. */
const DEFAULT_HOUR = 9;

/** A calendar date in the phrase ("12月1日周二") outranks the weekday next to it. */
const EXPLICIT_DATE =
  /\d\s*[月/.-]\s*\d|[零〇一二两三四五六七八九十\d]\s*月|\d\s*[日号]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

/**
 * chrono's zh casual parser computes 明天/昨天 from the machine's local clock,
 * ignoring the reference zone, so we recompute those days ourselves.
 */
const ZH_RELATIVE_DAY = /^(大前|大后|今|明|后|昨|前)(?:天|日|早|晚)/u;
const ZH_DAY_OFFSET: Record<string, number> = { 大前: -3, 前: -2, 昨: -1, 今: 0, 明: 1, 后: 2, 大后: 3 };

/** chrono marks relative days ("2 days ago") with a weekday too; only a named weekday is one. */
const WEEKDAY_WORD =
  /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:周|星期|礼拜)[一二三四五六日天1-7]/iu;
/** A month named in words or digits: the day then comes from the text, not from chrono's arithmetic. */
const MONTH_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|[零〇一二两三四五六七八九十\d]\s*月(?!前|后|以|之|内)|\d{4}|\d\s*[/.-]\s*\d/iu;

/** Words that mark a date as the next step rather than background. */
const FOLLOW_UP_BEFORE =
  /(?:follow(?:ing)?[\s-]?up|call\s+(?:them\s+|him\s+|her\s+)?back|check\s+in|circle\s+back|remind(?:\s+me)?|due|deadline|by|before|until|跟进|回访|再约|再联系|提醒|截止)[^.!?。！？,，]{0,12}$/iu;
const FOLLOW_UP_AFTER = /^\s*(?:之?前|再|给|跟进|回访|联系|报价|签|提交|交付|截止|follow|due)/iu;

/** Words that put a bare "today" ahead of the message rather than behind it. */
const FUTURE_MARKER =
  /要|将|再|待|计划|安排|准备|打算|记得|需要|\b(?:will|going\s+to|gonna|need\s+to|have\s+to|plan(?:ning)?\s+to|should|must|let'?s|todo|to-do)\b/iu;

/** Tokens chrono accepts that are ordinary English words in a chat. */
const AMBIGUOUS_EN = /^(?:now|right now|sun|sat|mon|wed|second)$/iu;
const NOW_ZH = /^(?:现在|刚才|刚刚|目前|此刻)$/u;

function partOfDayHour(phrase: string): number | null {
  if (/上午|早上|早晨|清早|明早|morning/iu.test(phrase)) return 9;
  if (/中午|\bnoon\b|\blunch/iu.test(phrase)) return 12;
  if (/下午|afternoon/iu.test(phrase)) return 14;
  if (/傍晚|晚上|今晚|明晚|晚饭|evening|tonight|dinner/iu.test(phrase)) return 19;
  return null;
}

/** "3点" in a sales chat is 3pm: nobody books a client call at 3am. */
function businessHour(hour: number, meridiemCertain: boolean, phrase: string): number {
  if (meridiemCertain || hour < 1 || hour > 6) return hour;
  if (/凌晨|早|上午|\bam\b|a\.m|morning/iu.test(phrase)) return hour;
  return hour + 12;
}

/** "last night at 8" / "tonight at 9": chrono leaves these at 8am / 9am. */
function eveningHour(hour: number, meridiemCertain: boolean, phrase: string): number {
  if (meridiemCertain || hour >= 12) return hour;
  return /\b(?:night|tonight|evening|afternoon)\b|晚|下午|傍晚/iu.test(phrase) ? hour + 12 : hour;
}

interface Converted {
  candidate: DateCandidate | null;
  invalid: InvalidDateSpan | null;
}

function fromChrono(
  result: ParsedResult,
  text: string,
  zh: boolean,
  today: LocalDateTime,
  timezone: string,
): Converted {
  const s = result.start;
  const phrase = result.text.trim();
  const index = result.index + (result.text.length - result.text.trimStart().length);
  // chrono drops the 本/下 in "本周五"/"下下周一"; widen the span so the echoed text is what the rep typed
  const before = text.slice(Math.max(0, index - 3), index);
  let prefix = '';
  if (zh && /^(?:周|星期|礼拜)/u.test(phrase)) prefix = before.match(/(?:下下|下|上|本|这)个?$/u)?.[0] ?? '';
  else if (zh && /^下个?(?:周|星期|礼拜)/u.test(phrase) && before.endsWith('下')) prefix = '下';
  const span = { index: index - prefix.length, end: index + phrase.length, text: prefix + phrase };
  if (AMBIGUOUS_EN.test(phrase) || NOW_ZH.test(phrase)) return { candidate: null, invalid: null };

  let time: LocalTime | null = null;
  if (s.isCertain('hour')) {
    const hour = eveningHour(businessHour(s.get('hour') ?? 0, s.isCertain('meridiem'), phrase), s.isCertain('meridiem'), phrase);
    time = { hour, minute: s.get('minute') ?? 0, ...(s.isCertain('second') ? { second: s.get('second') ?? 0 } : {}) };
  }
  const dayKnown = s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month') || s.isCertain('year');
  if (!dayKnown && time) {
    return {
      candidate: { ...span, date: null, time, partOfDayHour: null, priority: PRIORITY_CHRONO },
      invalid: null,
    };
  }

  let date: LocalDate;
  const weekday = s.get('weekday');
  const relativeDay = zh ? ZH_RELATIVE_DAY.exec(phrase)?.[1] : undefined;
  if (relativeDay !== undefined) {
    date = addDays(today, ZH_DAY_OFFSET[relativeDay] ?? 0);
  } else if (
    (zh && /^(?:上午|早上|下午|晚上|夜晚?|中午|凌晨)/u.test(phrase)) ||
    (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('year') && !s.isCertain('weekday'))
  ) {
    // A bare part of day ("下午", "this afternoon") is today in the user's zone.
    // chrono's zh parser pins "下午" to the machine's today, so don't trust its day.
    date = { year: today.year, month: today.month, day: today.day };
  } else if (s.isCertain('weekday') && weekday !== null && WEEKDAY_WORD.test(phrase) && !EXPLICIT_DATE.test(phrase)) {
    // chrono resolves bare weekdays backwards ("Tuesday 10am" => last Tuesday) and
    // mis-merges "周二下午"; resolve all relative weekdays one consistent way.
    const preceding = text.slice(Math.max(0, span.index - 12), span.index);
    const modifier = zh ? detectZhWeekModifier(span.text, preceding) : detectEnWeekModifier(phrase, preceding);
    const nowMinutes = today.hour * 60 + today.minute;
    const laterToday = time !== null && time.hour * 60 + time.minute > nowMinutes;
    date = resolveWeekday(weekday, modifier, today, laterToday);
  } else if (!EXPLICIT_DATE.test(phrase) && !MONTH_WORD.test(phrase)) {
    // Relative phrases ("3 days ago", "in 2 weeks", "next month"): chrono did the
    // arithmetic from the instant we gave it; read its answer back in the user's zone.
    const at = zonedParts(s.date(), timezone);
    date = { year: at.year, month: at.month, day: at.day };
  } else {
    const month = s.get('month') ?? today.month;
    // a month on its own ("3月份", "in March") means its first day, not chrono's today-of-month
    const day = s.isCertain('day') ? (s.get('day') ?? 1) : s.isCertain('month') ? 1 : (s.get('day') ?? today.day);
    // chrono picks different years for "3月5号" (zh) and "March 5" (en); use one rule for both
    const year = s.isCertain('year') || !s.isCertain('month') ? (s.get('year') ?? today.year) : nearestYear(today, month, day);
    date = { year, month, day };
  }
  if (!isValidLocalDate(date)) return { candidate: null, invalid: span };
  return {
    candidate: { ...span, date, time, partOfDayHour: time ? null : partOfDayHour(phrase), priority: PRIORITY_CHRONO },
    invalid: null,
  };
}

function overlaps(a: { index: number; end: number }, b: { index: number; end: number }): boolean {
  return a.index < b.end && b.index < a.end;
}

/** Longest span wins; on equal length our targeted rules beat chrono. */
function dropOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.index - (a.end - a.index) || b.priority - a.priority || a.index - b.index,
  );
  const kept: DateCandidate[] = [];
  for (const c of ranked) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.index - b.index);
}

/** "明天 3pm" reaches us as two pieces from two parsers; glue a day to an adjacent clock time. */
function mergeDateAndTime(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i];
    const next = candidates[i + 1];
    if (!current) continue;
    if (next) {
      const gap = text.slice(current.end, next.index);
      const adjacent = /^[\s,，的在]*(?:(?:at|on|on\s+the|@)\s*)?$/iu.test(gap);
      const dayThenTime = current.date && !current.time && !next.date && next.time;
      const timeThenDay = !current.date && current.time && next.date && !next.time;
      if (adjacent && (dayThenTime || timeThenDay)) {
        out.push({
          index: current.index,
          end: next.end,
          date: current.date ?? next.date,
          time: current.time ?? next.time,
          partOfDayHour: null,
          priority: current.priority,
        });
        i++;
        continue;
      }
    }
    out.push(current);
  }
  // Mixed-language chats split them further apart ("明天 call Acme at 3pm"); one
  // bare day plus one bare time in the same clause still describe one moment.
  // Across a comma they usually do not ("昨天拜访了腾讯，下午3点再打电话").
  const days = out.filter((c) => c.date && !c.time);
  const times = out.filter((c) => !c.date && c.time);
  const [day] = days;
  const [time] = times;
  const sameClause = (a: DateCandidate, b: DateCandidate): boolean =>
    !/[,，.。;；!！?？\n]/u.test(text.slice(Math.min(a.end, b.end), Math.max(a.index, b.index)));
  if (days.length === 1 && times.length === 1 && day && time && sameClause(day, time)) {
    const joined: DateCandidate = {
      index: Math.min(day.index, time.index),
      end: Math.max(day.end, time.end),
      date: day.date,
      time: time.time,
      partOfDayHour: null,
      priority: day.priority,
      label: `${text.slice(day.index, day.end).trim()} ${text.slice(time.index, time.end).trim()}`,
    };
    return out.filter((c) => c !== day && c !== time).concat(joined).sort((a, b) => a.index - b.index);
  }
  return out;
}

export function parseDates(input: string, ctx: DateContext): ParsedDates {
  const timezone = safeTimeZone(ctx.timezone);
  const text = simplifyDateChars(toHalfWidth(truncate(input, MAX_PARSE_CHARS)));
  const empty: ParsedDates = { followUp: null, occurredAt: null, dates: [], problems: [] };
  if (!text.trim() || Number.isNaN(ctx.now.getTime())) return empty;

  const today = zonedParts(ctx.now, timezone);
  const zh = hasHan(text);
  const en = hasLatinWord(text) || !zh;
  const reference = { instant: ctx.now, timezone: offsetMinutes(ctx.now, timezone) };

  const invalid = findInvalidDates(text, today.year);
  const candidates: DateCandidate[] = [];
  for (const c of findRuleDates({ text, today, now: ctx.now, timezone }, { zh, en })) {
    if (!c.date || isValidLocalDate(c.date)) candidates.push(c);
    else invalid.push({ index: c.index, end: c.end, text: text.slice(c.index, c.end) });
  }
  const parsers: Array<[chrono.Chrono, boolean]> = [];
  if (zh) parsers.push([chrono.zh.hans.casual, true]);
  if (en) parsers.push([chrono.en.casual, false]);
  for (const [parser, isZh] of parsers) {
    let results: ParsedResult[] = [];
    try {
      results = parser.parse(text, reference);
    } catch {
      // chrono throwing on some odd input must not cost us the rest of the sentence
      results = [];
    }
    for (const result of results) {
      const { candidate, invalid: bad } = fromChrono(result, text, isZh, today, timezone);
      if (candidate) candidates.push(candidate);
      if (bad) invalid.push(bad);
    }
  }

  const valid = candidates.filter((c) => !invalid.some((bad) => overlaps(bad, c)));
  const merged = mergeDateAndTime(dropOverlaps(valid), text);

  // 会 and 得 are too often "meeting" and "get" to count; 了 marks a report
  const plansAhead = FUTURE_MARKER.test(text) && !/了|已经/u.test(text);
  const located = merged.map((c) => {
    const date = c.date ?? today;
    const time = c.time ?? { hour: c.partOfDayHour ?? DEFAULT_HOUR, minute: 0 };
    const cued = FOLLOW_UP_BEFORE.test(text.slice(Math.max(0, c.index - 24), c.index)) || FOLLOW_UP_AFTER.test(text.slice(c.end, c.end + 8));
    let at = zonedTimeToInstant(date, time, timezone);
    if (c.time === null && c.partOfDayHour === null && compareDates(date, today) === 0) {
      // "今天通了电话" at 10:51: a bare today must not invent 09:00. A report means
      // now; a plan for today ("今天要回电话") keeps 09:00 if still ahead, else an hour from now.
      const planned = cued || plansAhead;
      if (!planned) at = ctx.now;
      else if (at.getTime() <= ctx.now.getTime()) at = new Date(ctx.now.getTime() + 3600000);
    }
    const parsed: ParsedDate = {
      at,
      text: (c.label ?? text.slice(c.index, c.end)).replace(/^[\s,，.。;；:：]+|[\s,，.。;；:：]+$/gu, ''),
      hasTime: c.time !== null,
    };
    return { parsed, cued };
  });
  const dates = located.map((d) => d.parsed);

  const seen = new Set<string>();
  const problems: ParseProblem[] = [];
  for (const bad of invalid.sort((a, b) => a.index - b.index)) {
    if (seen.has(bad.text)) continue;
    seen.add(bad.text);
    problems.push({ code: 'invalid-date', text: bad.text });
  }

  const nowMs = ctx.now.getTime();
  const future = located.filter((d) => d.parsed.at.getTime() > nowMs);
  return {
    // "met them this afternoon, follow up in 3 days": the cued date is the follow-up
    followUp: (future.find((d) => d.cued) ?? future[0])?.parsed ?? null,
    occurredAt: dates.find((d) => d.at.getTime() <= nowMs) ?? null,
    dates,
    problems,
  };
}
