import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { meridiemHour } from "./date-rules-en-clock.js";
import { HOUR_WORD, MERIDIEM, MINUTE_WORD, hourWordValue, minuteWordValue } from "./english-clock-words.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, nearestYear, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Clock times chrono (2.10) does not read: spoken ones ("nine thirty", "one thirty p m",
 * "eight tonight"), rough ones ("noonish", "11ish"), the British "half three",
 * "15h30", "3:15p", "at 3 15", "at 1030", "1500 hours", "@ 10" and "at 8 in the evening".
 */

const LEAD = String.raw`(?<lead>(?:at|around|about|approximately|approx\.?|by|until|till|from|@)\s*)`;
const POD = String.raw`(?:\s*,?\s*(?<pod>${MERIDIEM}|in\s+the\s+(?:morning|afternoon|evening|am|pm)|at\s+night|toni(?:ght|te)|this\s+(?:morning|afternoon|evening)|(?<day>today|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)))`;
/** A spoken time right after a date: "march eighteenth nine thirty", "monday the 24th six pm". */
const AFTER_DATE = /(?:\d(?:st|nd|rd|th)?|first|second|third|[a-z]+th|today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s*$/iu;

const RE = {
  words: new RegExp(String.raw`\b${LEAD}?(?<h>${HOUR_WORD})(?:(?:[\s-]+(?<m>${MINUTE_WORD})(?:\s+minutes?)?)|(?<oclock>\s+o'?clock))?${POD}?(?![\w-])`, "giu"),
  digitsPod: new RegExp(
    String.raw`\b${LEAD}?(?<h>1[0-2]|0?\d)(?::(?<mi>[0-5]\d))?(?:ish)?(?<pod2>\s+(?:in\s+the\s+(?:morning|afternoon|evening|am|pm)|at\s+night|toni(?:ght|te)|this\s+(?:morning|afternoon|evening)|(?<day2>today|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)))\b`,
    "giu",
  ),
  ish: new RegExp(String.raw`\b(?<h>noon|1[0-2]|0?\d|${HOUR_WORD})(?::(?<mi>[0-5]\d))?ish\b(?:\s*(?<ap>${MERIDIEM}))?`, "giu"),
  britishHalf: new RegExp(
    String.raw`\bhalf\s+(?<h>1[0-2]|[1-9]|${HOUR_WORD})\b(?!\s*(?:an?\b|hours?|hrs?|days?|weeks?|months?|years?|of\b|past|to\b|%|dozen|million|thousand|hundred|the\b|[.,/]\d))`,
    "giu",
  ),
  hFormat: /(?<![\w:./-])(?<h>[01]?\d|2[0-3])h(?<mi>[0-5]\d)?\b/giu,
  shortMeridiem: /(?<![\w:])(?<h>1[0-2]|0?[1-9]):(?<mi>[0-5]\d)\s*(?<ap>a|p)\b(?!\.?\s*m\b)/giu,
  atHourMinute: /\b(?:at|around|@)\s+(?<h>1[0-2]|0?[1-9])\s+(?<mi>[0-5]\d)\b(?![\s]*(?:[-/:.%]\d|[a-z]))/giu,
  military: new RegExp(
    String.raw`\b(?:(?:at|around|about|approximately|by|@)\s+(?<hm>\d{3,4})(?![\d:.,/-])${POD}?|(?<hm2>[01]\d[0-5]\d|2[0-3][0-5]\d)\s*(?:hours|hrs)\b)`,
    "giu",
  ),
  mid: /\bmid[\s-]?(?<part>night|day)\b/giu,
  at: /(?:^|(?<=\s))@\s*(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\b(?![:.]?\d)/gu,
  // "13:00 February 28": chrono drops a clock time written before the date, or reads its minutes as the day
  beforeDate:
    /\b(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)\s*(?<ap>[ap]\.?m\.?)?\s+(?:on\s+)?(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4}))?/giu,
  // "around 1.2M" is money: the stop after the hour ends the clause, not a decimal point
  around: /\b(?:around|about|approximately)\s+(?<h>1[0-2]|0?[1-9])(?=\s*(?:$|[,.;!?)](?!\d)))/giu,
} as const;

/**
 * What every match of the pattern of the same name contains (see rule-hints.ts): a message
 * without it skips that pattern. Most messages carry a digit, so the hints are per pattern.
 */
const HINT: Record<keyof typeof RE, RegExp> = {
  words: /one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve/iu,
  digitsPod: /morning|afternoon|evening|night|toni|am|pm/iu,
  ish: /ish/iu,
  britishHalf: /half/iu,
  hFormat: /\dh/iu,
  shortMeridiem: /:/u,
  atHourMinute: /\d\s+\d/u,
  military: /\d\d\d/u,
  mid: /mid/iu,
  at: /@/u,
  beforeDate: /:/u,
  around: /(?:around|about|approximately)\s+\d/iu,
};

/** "in 2h" / "for 3h" is a duration, not 2 o'clock. */
const DURATION_BEFORE = /\b(?:in|within|for|every|after|last|next|over|each|per|than)\s*$|\d\s*[-–]\s*$/iu;
const CLOCK_BEFORE = /(?:\b(?:at|around|about|by|from|until|till|to|on)|@|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{4}|\d(?:st|nd|rd|th)|,)\s*$/iu;

function podWords(raw: string | undefined): string | undefined {
  // "p . m ." → "pm" so meridiemHour sees it
  return raw === undefined ? undefined : raw.replace(/(?<=\b[ap])[\s.]+(?=m\b)/giu, "").replace(/\./gu, "");
}

function dayOffset(word: string | undefined): number | null {
  const w = (word ?? "").toLowerCase();
  return w === "today" ? 0 : w === "tomorrow" ? 1 : w === "yesterday" ? -1 : null;
}

export function findEnglishSpokenClockTimes(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;
  const push = (index: number, raw: string, hour: number, minute: number, date: LocalDate | null = null) => {
    if (hour > 23 || minute > 59) return;
    out.push({ index, end: index + raw.length, date, time: { hour, minute }, partOfDayHour: null, priority: PRIORITY_RULE });
  };
  const dayFrom = (word: string | undefined): LocalDate | null => {
    const offset = dayOffset(word);
    return offset === null ? null : addDays(ctx.today, offset);
  };
  const scan = (name: keyof typeof RE): RegExpExecArray[] => (HINT[name].test(text) ? allMatches(text, RE[name]) : []);

  for (const m of scan("words")) {
    const g = m.groups ?? {};
    const hour = hourWordValue(g.h ?? "");
    const minute = g.m ? minuteWordValue(g.m) : 0;
    if (hour === null || minute === null) continue;
    const index = m.index ?? 0;
    const spoken = g.m !== undefined || g.oclock !== undefined;
    const anchored = g.lead !== undefined || AFTER_DATE.test(text.slice(Math.max(0, index - 16), index));
    // "two fifty" alone is as likely a price as a time: it needs "at", a date before it or am/pm after
    if (!(g.pod !== undefined || (spoken && anchored))) continue;
    push(index, m[0], meridiemHour(hour, podWords(g.pod)), minute, dayFrom(g.day));
  }
  for (const m of scan("digitsPod")) {
    const g = m.groups ?? {};
    push(m.index ?? 0, m[0], meridiemHour(Number(g.h), podWords(g.pod2)), Number(g.mi ?? 0), dayFrom(g.day2));
  }
  for (const m of scan("ish")) {
    const g = m.groups ?? {};
    const word = (g.h ?? "").toLowerCase();
    const hour = word === "noon" ? 12 : (hourWordValue(word) ?? Number(word));
    push(m.index ?? 0, m[0], word === "noon" ? 12 : meridiemHour(hour, podWords(g.ap)), Number(g.mi ?? 0));
  }
  for (const m of scan("britishHalf")) {
    const word = m.groups?.h ?? "";
    push(m.index ?? 0, m[0], meridiemHour(hourWordValue(word) ?? Number(word), undefined), 30);
  }
  for (const m of scan("hFormat")) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 16), index);
    if (DURATION_BEFORE.test(before)) continue;
    const alone = text.trim() === m[0];
    if (g.mi === undefined && !alone && !CLOCK_BEFORE.test(before) && Number(g.h) < 13) continue;
    push(index, m[0], Number(g.h), Number(g.mi ?? 0));
  }
  for (const m of scan("shortMeridiem")) {
    const g = m.groups ?? {};
    push(m.index ?? 0, m[0], meridiemHour(Number(g.h), `${g.ap}m`), Number(g.mi));
  }
  for (const m of scan("atHourMinute")) {
    const g = m.groups ?? {};
    push(m.index ?? 0, m[0], meridiemHour(Number(g.h), undefined), Number(g.mi));
  }
  for (const m of scan("military")) {
    const g = m.groups ?? {};
    const digits = g.hm ?? g.hm2 ?? "";
    // "by 2015" is a year
    if (g.hm !== undefined && /^(?:19|20)\d\d$/u.test(digits) && g.pod === undefined) continue;
    const hour = Number(digits.slice(0, -2));
    const minute = Number(digits.slice(-2));
    // "at 730" reads like "at 7:30" (working hours); "at 0930" / "1500 hours" are 24-hour
    const clock = digits.length === 3 || g.pod !== undefined ? meridiemHour(hour, podWords(g.pod)) : hour;
    push(m.index ?? 0, m[0], clock, minute, dayFrom(g.day));
  }
  for (const m of scan("mid")) {
    push(m.index ?? 0, m[0], /night/iu.test(m.groups?.part ?? "") ? 0 : 12, 0);
  }
  for (const m of scan("at")) {
    const g = m.groups ?? {};
    push(m.index ?? 0, m[0], meridiemHour(Number(g.h), undefined), Number(g.mi ?? 0));
  }
  for (const m of scan("around")) {
    // "tonight around 7" is 19:00
    const evening = /(?:tonight|evening|night|afternoon)\s*$/iu.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index));
    push(m.index ?? 0, m[0], meridiemHour(Number(m.groups?.h), evening ? "pm" : undefined), 0);
  }
  for (const m of scan("beforeDate")) {
    const g = m.groups ?? {};
    const hour = Number(g.h);
    const month = MONTHS.indexOf((g.mon ?? "").toLowerCase()) + 1;
    const day = Number(g.day);
    const year = g.year !== undefined ? Number(g.year) : nearestYear(ctx.today, month, day);
    push(m.index ?? 0, m[0], hour > 12 ? hour : meridiemHour(hour, podWords(g.ap)), Number(g.mi), { year, month, day });
  }
  return out;
}
