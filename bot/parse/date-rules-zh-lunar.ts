import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { lunarToSolar } from "./holiday-calendar.js";
import type { RuleContext } from "./rule-context.js";
import { compareDates, dayNumber } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Lunar calendar dates: "农历八月十五", "正月初八", "腊月二十三", "冬月廿九".
 * Only unmistakable forms count as lunar (a 农历/阴历 prefix, the month names
 * 正/冬/腊, or a day written 初X / 廿X); "八月十五" alone stays Gregorian.
 */

const LUNAR_MONTHS: Record<string, number> = {
  正: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  冬: 11,
  十二: 12,
  腊: 12,
};
const DAY = "(?<day>初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)";
// "大年初三" is 正月初三 (大年初一 itself is a named holiday, date-rules-holiday.ts)
const LUNAR_RE = new RegExp(
  `(?<prefix>农历|阴历)?(?<leap>闰)?(?:(?<month>十一|十二|正|冬|腊|[一二三四五六七八九十])月|(?<newYear>大年))${DAY}(?![日号])`,
  "gu",
);

/** "节后初八再跟", "初六开工": a day of the first lunar month said alone, around the Spring Festival. */
const BARE_NEW_YEAR_DAY = /(?<![月年\d一二三四五六七八九十正冬腊])(?<day>初[一二三四五六七八九十])(?![日号])/gu;
/** How near the festival a bare 初X is read as its day (two months before, a fortnight after). */
const BARE_DAY_BEFORE = 60;
const BARE_DAY_AFTER = 15;

function dayValue(text: string): number {
  const digits = "一二三四五六七八九";
  if (text.startsWith("初")) return text === "初十" ? 10 : digits.indexOf(text[1] ?? "") + 1;
  if (text.startsWith("廿")) return 20 + digits.indexOf(text[1] ?? "") + 1;
  if (text === "三十") return 30;
  if (text.startsWith("二十")) return 20 + (text.length > 2 ? digits.indexOf(text[2] ?? "") + 1 : 0);
  return 10 + (text.length > 1 ? digits.indexOf(text[1] ?? "") + 1 : 0);
}

export function findLunarDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, LUNAR_RE)) {
    const g = m.groups ?? {};
    if (g.newYear) g.month = "正";
    const named = g.month === "正" || g.month === "冬" || g.month === "腊";
    const lunarDay = /^[初廿]/u.test(g.day ?? "");
    if (!g.prefix && !named && !lunarDay) continue;
    const month = LUNAR_MONTHS[g.month ?? ""] ?? 1;
    const day = dayValue(g.day ?? "");
    // the coming occurrence: this lunar year's, else next year's
    let date = lunarToSolar(ctx.today.year, month, day);
    if (compareDates(date, ctx.today) < 0) date = lunarToSolar(ctx.today.year + 1, month, day);
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  const festival = [ctx.today.year, ctx.today.year + 1]
    .map((year) => lunarToSolar(year, 1, 1))
    .find((d) => dayNumber(d) - dayNumber(ctx.today) <= BARE_DAY_BEFORE && dayNumber(ctx.today) - dayNumber(d) <= BARE_DAY_AFTER);
  if (!festival) return out;
  for (const m of allMatches(ctx.text, BARE_NEW_YEAR_DAY)) {
    const index = m.index ?? 0;
    if (out.some((c) => index >= c.index && index < c.end)) continue;
    const date = lunarToSolar(festival.year, 1, dayValue(m.groups?.day ?? ""));
    out.push({ index, end: index + m[0].length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
