import { WORD_AFTER_DIGIT } from "./clock-minute-guard.js";
import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, nearestYear, type LocalDate, type LocalTime } from "./zoned-time.js";
import { DIALECT_DAY_OFFSET, DIALECT_DAY_WORDS } from "./date-rules-zh-dialect.js";
import { allMatches } from "./all-matches.js";

/**
 * Chinese clock times with their day and part of day, which chrono's zh parser
 * gets wrong: "今晨5点" (it says 17:00), "两点一刻" (14:01), "差五分三点",
 * "晚上19:30" (missed), "昨晚" (09:00 instead of the evening).
 */

const CN = "[零〇一二两三四五六七八九十]{1,3}";
export const DAY = `(?<day>大前天|大后天|今天|明天|后天|昨天|前天|今日|明日|昨日|${DIALECT_DAY_WORDS})`;
export const DAY_SHORT = "(?<short>今|明|昨|听)(?=[早晨晚夜朝])";
export const POD = "(?<pod>凌晨|清晨|早上|早晨|朝早|上午|中午|晏昼|下午|午后|傍晚|晚上|晚间|夜里|夜间|半夜|深夜|晨|早|朝|晚|夜)";
const CLOCK = `(?:差(?<before>\\d{1,2}|${CN})分?)?(?<hour>\\d{1,2}|${CN})\\s*(?:点钟?(?:[:：](?=\\d{2}(?![\\d人位个名家台套件次])))?|时(?!间|候)|[:：](?=\\d{2}))\\s*(?:差(?<less>一刻|\\d{1,2}|${CN})分?|(?<quarter>一刻|三刻|半|整)|[踏搭](?<step>半|十一|[一二三四五六七八九十])|(?<minute>\\d{2}|\\d|${CN})(?![${WORD_AFTER_DIGIT}])(?:\\s*分(?!钟)|(?<zi>个字))?)?`;

/** a numeric date right before the clock ("2010-01-29早上七点", "3月5日下午3点") so chrono's shorter pieces don't win */
const YMD = "(?:(?<y>\\d{4})\\s*[-./年]\\s*)?(?<mo>\\d{1,2})\\s*[-./月]\\s*(?<d>\\d{1,2})\\s*[日号]?";
const CLOCK_RE = new RegExp(`(?<![第\\d.])(?:${YMD}\\s*|${DAY}|${DAY_SHORT})?\\s*${POD}?\\s*${CLOCK}`, "gu");
/** "明天晚饭后给华为打电话": a meal places the time as a part of day does. */
const MEAL_PARTS = "吃完午饭|吃完晚饭|吃完早饭|午饭后|午饭前|午饭时|晚饭后|晚饭前|晚饭时|早饭后";
/** a day with a part of day but no clock: "昨晚", "明天下午"; single-character parts need the day ("今天之内": by the day's end) */
const PART_RE = new RegExp(
  `(?:${DAY}|${DAY_SHORT})?(?<part>${MEAL_PARTS}|(?<=今天|明天|后天|今日|明日)(?:之内|以内|内)(?![容部外])|凌晨|清晨|早上|早晨|朝早|上午|中午|晏昼|下午|傍晚|半夜|深夜|午夜|晚上|晚间|夜里|下班|收工|晨|早|晚)(?![\\d零〇一二两三四五六七八九十点饭餐])`,
  "gu",
);

const DAY_OFFSET: Record<string, number> = {
  大前天: -3,
  前天: -2,
  昨天: -1,
  昨日: -1,
  昨: -1,
  今天: 0,
  今日: 0,
  今: 0,
  明天: 1,
  明日: 1,
  明: 1,
  后天: 2,
  大后天: 3,
  听: 1,
  ...DIALECT_DAY_OFFSET,
};

const EVENING = /^(?:下午|晏昼|午后|傍晚|晚上|晚间|夜里|夜间|深夜|晚|夜)$/u;
const MORNING = /^(?:凌晨|清晨|早上|早晨|朝早|上午|半夜|晨|早|朝)$/u;

/** hour for a part of day named without a clock time */
export const PART_HOUR: Record<string, number> = {
  凌晨: 5,
  清晨: 7,
  早上: 9,
  早晨: 9,
  朝早: 9,
  晨: 8,
  早: 9,
  上午: 9,
  中午: 12,
  下午: 14,
  晏昼: 14,
  半夜: 23,
  深夜: 23,
  午夜: 23,
  傍晚: 18,
  早饭后: 9,
  吃完早饭: 9,
  吃完午饭: 14,
  吃完晚饭: 20,
  午饭前: 11,
  午饭时: 12,
  午饭后: 14,
  晚饭前: 17,
  晚饭时: 18,
  晚饭后: 20,
  下班: 18,
  收工: 18,
  之内: 18,
  以内: 18,
  内: 18,
  晚上: 19,
  晚间: 19,
  夜里: 21,
  晚: 19,
};

export function to24h(hour: number, pod: string | undefined): number {
  if (pod === undefined) {
    // "3点" in a sales chat is 15:00: nobody books a client call at 3am
    return hour >= 1 && hour <= 6 ? hour + 12 : hour;
  }
  if (EVENING.test(pod)) return hour < 12 ? hour + 12 : hour;
  if (pod === "中午") return hour <= 3 ? hour + 12 : hour;
  if (MORNING.test(pod)) return hour === 12 ? 0 : hour;
  return hour;
}

/**
 * Cantonese counts minutes in fives ("字"): 三点三 / 三点三个字 is 3:15. A Mandarin
 * speaker writes 三点零五 or 三点五分, so one bare Chinese digit after 点 reads the same way.
 */
function cantoneseFives(raw: string, zi: boolean, whole: string): number | null {
  const n = parseSmallInt(raw);
  if (n === null) return null;
  if (zi || (/^[一二三四五六七八九]$/u.test(raw) && !/分$/u.test(whole))) return n * 5;
  return null;
}

export function dayFor(ctx: RuleContext, groups: Record<string, string | undefined>): LocalDate | null {
  if (groups.mo !== undefined && groups.d !== undefined) {
    const month = Number(groups.mo);
    const day = Number(groups.d);
    const year = groups.y !== undefined ? Number(groups.y) : nearestYear(ctx.today, month, Math.min(day, 28));
    return { year, month, day };
  }
  const word = groups.day ?? groups.short;
  return word === undefined ? null : addDays(ctx.today, DAY_OFFSET[word] ?? 0);
}

function clockTimes(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, CLOCK_RE)) {
    const g = m.groups ?? {};
    const hourRaw = parseSmallInt(g.hour ?? "");
    if (hourRaw === null || hourRaw > 24) continue;
    let minute = 0;
    if (g.quarter) minute = g.quarter === "一刻" ? 15 : g.quarter === "三刻" ? 45 : g.quarter === "半" ? 30 : 0;
    else if (g.step !== undefined) minute = g.step === "半" ? 30 : 5 * (parseSmallInt(g.step) ?? -1);
    else if (g.minute !== undefined) minute = cantoneseFives(g.minute, g.zi !== undefined, m[0]) ?? parseSmallInt(g.minute) ?? -1;
    if (minute < 0 || minute > 59) continue;
    let total = to24h(hourRaw % 24, g.pod) * 60 + minute;
    if (g.before !== undefined) total -= parseSmallInt(g.before) ?? 0;
    // "三点差五分", "两点差一刻": minutes to the hour
    if (g.less !== undefined) total -= g.less === "一刻" ? 15 : (parseSmallInt(g.less) ?? 0);
    let date = dayFor(ctx, g);
    if (total < 0) {
      total += 24 * 60;
      date = addDays(date ?? ctx.today, -1);
    }
    const time: LocalTime = { hour: Math.floor(total / 60) % 24, minute: total % 60 };
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date, time, partOfDayHour: null, priority: PRIORITY_RULE });
  }
}

function partsOfDay(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, PART_RE)) {
    const g = m.groups ?? {};
    const part = g.part ?? "";
    const date = dayFor(ctx, g);
    // "早"/"晚" alone are ordinary words (早点, 晚了); only with a day do they name a time
    if (part.length === 1 && date === null) continue;
    const index = m.index ?? 0;
    out.push({
      index,
      end: index + m[0].length,
      // no day word: left open so a day right before it ("下周三下午") can take it;
      // alone it means today (parseDates fills the date)
      date,
      time: null,
      partOfDayHour: PART_HOUR[part] ?? null,
      priority: PRIORITY_RULE,
    });
  }
}

export function findChineseClockDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  clockTimes(ctx, out);
  partsOfDay(ctx, out);
  return out;
}
