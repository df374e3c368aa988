import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { MINUTE_WORD, minuteWordValue } from "./english-clock-words.js";
import { allMatches } from "./all-matches.js";

/**
 * English clock times chrono (2.10) leaves out: "ten past 9", "a quarter to seven",
 * "half past seven in the evening", "at seven thirty", "at 9p".
 */

const HOUR_WORDS = ["twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const HOUR = `(?<hour>\\d{1,2}|${HOUR_WORDS.join("|")}|noon|midnight)`;
const MINUTE_WORDS: Record<string, number> = {
  quarter: 15,
  "a quarter": 15,
  half: 30,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  "twenty five": 25,
  "twenty-five": 25,
  thirty: 30,
  "forty five": 45,
  "forty-five": 45,
  "o'clock": 0,
  oclock: 0,
};
const POD = `(?<pod>\\s*(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|tonight|this\\s+(?:morning|afternoon|evening)|a\\.?m\\.?|p\\.?m\\.?))?`;

const RELATIVE_RE = new RegExp(
  `\\b(?<min>a\\s+quarter|quarter|half|${MINUTE_WORD}|ten|five|\\d{1,2})\\s+(?:min(?:ute)?s?\\s+)?(?<rel>past|after|to|before|till|til)\\s+${HOUR}(?:\\s*o'?clock)?${POD}\\b`,
  "giu",
);
const AT_WORD_RE = new RegExp(
  `\\bat\\s+(?<hourWord>${HOUR_WORDS.join("|")})(?:[\\s-]+(?<minWord>fifteen|thirty|forty[\\s-]five|o'?clock))?${POD}(?![\\w-])`,
  "giu",
);
/**
 * "they need the quote by 5", "send it by 10 tomorrow": a bare hour after a deadline's "by" is a working-hours
 * clock time; not after a change ("cut the price by 5", "up by 3") and not before a unit ("by 5%", "by 5 seats").
 */
const BY_HOUR_RE =
  /(?<!\b(?:increase[sd]?|decrease[sd]?|reduced?|cut|grow|grew|up|down|raised?|dropped|lower(?:ed)?|discount(?:ed)?|off|beat|lost|won|win|ahead|behind|over|under)\s)\bby\s+(?<h>1[0-2]|[1-9])(?!\s*(?:[:.,/\d%$€£¥x]|-\d|[a-z]|\s+(?:[a-z]+\s+)?(?:[kmb]\b|percent|pct|points?|days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|units?|seats?|licen[cs]es?|people|users?|pcs|%)))/giu;
const CHANGE_BEFORE =
  /\b(?:increase|decrease|reduc|cut|grow|grew|rais|drop|lower|discount|shrink|shrank|slash|beat|lost|won|win|exceed|miss|off|up|down|ahead|behind|over|under)\w*\b[^,.;!?]{0,24}$/iu;
/**
 * "at 9p", "@3p", "12/2 3p", "tmrw 10a", "Thu 2:30p", "3:30p": the chat shorthand of am/pm, after "at", "@",
 * a day, or with its minutes (a bare "3p" elsewhere may be a count).
 */
const SHORT_MERIDIEM_RE =
  /(?:\bat\s+|@\s*|(?<=\b(?:today|tomorrow|tmrw|tonight|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?\s+)|(?<=\b\d{1,2}\/\d{1,2}\s+)|\b(?=\d{1,2}:\d{2}\s*[ap](?!\w|\.\s*m)))(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ap>a|p)(?!\w|\.\s*m)/giu;

function hourValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === "noon") return 12;
  if (w === "midnight") return 0;
  const index = HOUR_WORDS.indexOf(w);
  if (index >= 0) return index === 0 ? 12 : index;
  const n = Number(w);
  return Number.isInteger(n) && n >= 0 && n <= 23 ? n : null;
}

/** Morning words keep the hour; evening words add 12; none: the working-hours reading (3 => 15:00). */
export function meridiemHour(hour: number, pod: string | undefined): number {
  const p = (pod ?? "").toLowerCase();
  if (/morning|a\.?m/u.test(p)) return hour === 12 ? 0 : hour;
  if (/afternoon|evening|night|tonight|p\.?m/u.test(p)) return hour < 12 ? hour + 12 : hour;
  return hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

function push(out: DateCandidate[], index: number, raw: string, totalMinutes: number): void {
  const t = ((totalMinutes % 1440) + 1440) % 1440;
  out.push({
    index,
    end: index + raw.length,
    date: null,
    time: { hour: Math.floor(t / 60), minute: t % 60 },
    partOfDayHour: null,
    priority: PRIORITY_RULE,
  });
}

export function findEnglishClockTimes(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, RELATIVE_RE)) {
    const g = m.groups ?? {};
    const rawHour = hourValue(g.hour ?? "");
    const minWord = (g.min ?? "").toLowerCase().replace(/\s+/gu, " ");
    const minutes = MINUTE_WORDS[minWord] ?? minuteWordValue(minWord) ?? Number(minWord);
    if (rawHour === null || !Number.isFinite(minutes) || minutes > 59) continue;
    const hour = /noon|midnight/iu.test(g.hour ?? "") ? rawHour : meridiemHour(rawHour, g.pod);
    const sign = /past|after/iu.test(g.rel ?? "") ? 1 : -1;
    push(out, m.index ?? 0, m[0], hour * 60 + sign * minutes);
  }
  for (const m of allMatches(ctx.text, AT_WORD_RE)) {
    const g = m.groups ?? {};
    const rawHour = hourValue(g.hourWord ?? "");
    if (rawHour === null) continue;
    const minutes = g.minWord
      ? (MINUTE_WORDS[
          g.minWord
            .toLowerCase()
            .replace(/[\s-]+/gu, " ")
            .replace("forty five", "forty five")
        ] ?? 0)
      : 0;
    push(out, m.index ?? 0, m[0], meridiemHour(rawHour, g.pod) * 60 + minutes);
  }
  for (const m of allMatches(ctx.text, BY_HOUR_RE)) {
    if (CHANGE_BEFORE.test(ctx.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) continue;
    const hour = Number(m.groups?.h);
    push(out, m.index ?? 0, m[0], meridiemHour(hour, undefined) * 60);
  }
  for (const m of allMatches(ctx.text, SHORT_MERIDIEM_RE)) {
    const g = m.groups ?? {};
    const hour = Number(g.h);
    const minute = Number(g.m ?? 0);
    if (hour > 12 || minute > 59) continue;
    push(out, m.index ?? 0, m[0], meridiemHour(hour, g.ap === "a" || g.ap === "A" ? "am" : "pm") * 60 + minute);
  }
  return out;
}
