import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { expandTwoDigitYear, type RuleContext } from "./rule-context.js";
import { daysInMonth, nearestYear, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Dates with a relative or short year and compact numeric dates:
 * "明年九月" (chrono drops 明 and says last September), "26年3月" (chrono: 1926),
 * "明年年底", "20240307", and "5.13" inside Chinese text.
 */

const CN = "[零〇一二两三四五六七八九十]{1,3}";
const YEAR_OFFSET: Record<string, number> = { 大前: -3, 前: -2, 去: -1, 上: -1, 今: 0, 本: 0, 明: 1, 下: 1, 后: 2, 大后: 3 };
/** 二零二六年 digit by digit, 零八年 as a short year (a leading 零 makes it no count), or 两千零四年 as a number */
const CN_YEAR = "(?<cnyear>[零〇一二三四五六七八九]{4}|[零〇][零〇一二三四五六七八九]|[两二]千(?:零?[一二三四五六七八九十]{1,3})?)";
/** 上年 / 下年 (last / next year), but not the 下 of 看下 / 等一下 */
const UP_DOWN = "(?<![一以之往看查问说等算弄聊谈想试记改发催])[上下]";
export const YEAR = `(?:(?<rel>大前|大后|前|去|今|本|明|后|${UP_DOWN})|(?<![\\d])(?<yy>\\d{2})|(?<![\\d])(?<yyyy>\\d{4})\\s*|(?<![零〇一二两三四五六七八九十])${CN_YEAR})年`;
const CN_DIGIT = "〇一二三四五六七八九";

const YEAR_MONTH_RE = new RegExp(
  `${YEAR}的?(?<month>\\d{1,2}|${CN})\\s*月(?:份)?(?:(?<edge>底|末|初|中旬|中(?![标秋心国]))|(?<day>\\d{1,2}|${CN})\\s*[日号]?)?`,
  "gu",
);
const YEAR_EDGE_RE = new RegExp(`${YEAR}年?(?<edge>底|末|初|中(?![秋国午心文标层旬间期]))`, "gu");
/** year first is never ambiguous: "2015.5.13", "2025/5/13", "2010-01-29" inside Chinese text, where chrono's zh parser misses them */
const ISO_LIKE_RE = /(?<![\d.])(?<y>(?:19|20)\d{2})\s*(?<sep>[-./])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<d>\d{1,2})(?![\d])/gu;
/** a year on its own ("明年", "2008年", "2010年之后") starts on 1 January; 之后 the year after */
const YEAR_ALONE_RE = new RegExp(`${YEAR}(?<after>之后|以后|后)?(?![\\d零〇一二两三四五六七八九十年底末初中内前纪级龄轻半]|的?\\d|\\s*\\d)`, "gu");
const COMPACT_RE = /(?<![\d.])(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\d])/gu;
/** "5.13" is a date only when nothing around it makes it a number (5.13万, 3.5折, 1.5倍) */
const DOTTED_RE = /(?<![\d./-])(?<m>1[0-2]|0?[1-9])\.(?<d>3[01]|[12]\d|0?[1-9])(?![\d.%]|\s*[万亿千百元块折倍个小天周月年分秒米斤吨件台套kKmMwW%])/gu;
/**
 * "11/30 拜访小米", "约在12/3": month/day with a slash inside Chinese text, only where a date can
 * start (the message start, a space, punctuation, 在/到/改/约了…) so 完成了1/3 stays a fraction.
 */
const SLASHED_RE =
  /(?<=^|[\s，,。:：;；(（]|[在于到至从约是改定推截止]|约了|约好|定了|定好|改了|推了)(?<m>1[0-2]|0?[1-9])\/(?<d>3[01]|[12]\d|0?[1-9])(?![\d./%]|\s*(?:[万亿千百元块折倍个小天周月年分秒米斤吨件台套kKmMwW%]|的|左右|以上|以下))/gu;

/**
 * "比亚迪12/8上午开会", "华为12/15见": a slash date glued to a name is a date when a time of day or an
 * arrangement follows it (完成了1/3 has neither).
 */
const SLASHED_AFTER_NAME_RE =
  /(?<=\p{Script=Han}(?<![了成完有占第]))(?<m>1[0-2]|0?[1-9])\/(?<d>3[01]|[12]\d|0?[1-9])(?=\s*(?:[上下中]午|早上|早晨|晚上|傍晚|凌晨|[前后]|之[前后]|以[前后]|开会|见面?|拜访|碰头|会议|面谈|过来|上门|签|交付|上线|截止|到期|\d{1,2}\s*[点:：]|[一二两三四五六七八九十]+点))/gu;

export function yearOf(ctx: RuleContext, g: Record<string, string | undefined>): number | null {
  if (g.rel !== undefined) return ctx.today.year + (YEAR_OFFSET[g.rel] ?? 0);
  // two-digit years are this century: "26年3月" is 2026
  if (g.yy !== undefined) return expandTwoDigitYear(Number(g.yy), ctx.today.year);
  if (g.yyyy !== undefined) return Number(g.yyyy);
  if (g.cnyear !== undefined) {
    if (/^[两二]千/u.test(g.cnyear)) {
      const rest = g.cnyear.slice(2).replace(/^零/u, "");
      return 2000 + (rest ? (parseSmallInt(rest) ?? 0) : 0);
    }
    const digits = Number([...g.cnyear].map((ch) => CN_DIGIT.indexOf(ch === "零" ? "〇" : ch)).join(""));
    return g.cnyear.length === 2 ? expandTwoDigitYear(digits, ctx.today.year) : digits;
  }
  return null;
}

function candidate(index: number, raw: string, date: LocalDate): DateCandidate {
  return { index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE };
}

export function findChineseYearDates(ctx: RuleContext, zh: boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (zh) {
    for (const m of allMatches(ctx.text, YEAR_MONTH_RE)) {
      const g = m.groups ?? {};
      const year = yearOf(ctx, g);
      const month = parseSmallInt(g.month ?? "");
      if (year === null || month === null || month < 1 || month > 12) continue; // bad months are reported elsewhere
      let day = 1;
      if (g.day !== undefined) day = parseSmallInt(g.day) ?? 0;
      else if (g.edge === "初") day = 1;
      else if (g.edge?.startsWith("中")) day = 15;
      else if (g.edge !== undefined) day = daysInMonth(year, month);
      // an impossible day stays as typed so parseDates reports it
      out.push(candidate(m.index ?? 0, m[0], { year, month, day }));
    }
    for (const m of allMatches(ctx.text, YEAR_EDGE_RE)) {
      const year = yearOf(ctx, m.groups ?? {});
      // "看下年底" is "look at the year end": 上/下 before 年底 are too often verbs' tails
      if (year === null || m.groups?.rel === "上" || m.groups?.rel === "下") continue;
      const edge = m.groups?.edge;
      const date = edge === "初" ? { year, month: 1, day: 1 } : edge === "中" ? { year, month: 7, day: 1 } : { year, month: 12, day: 31 };
      out.push(candidate(m.index ?? 0, m[0], date));
    }
    for (const m of allMatches(ctx.text, YEAR_ALONE_RE)) {
      const g = m.groups ?? {};
      const year = yearOf(ctx, g);
      // a bare two-digit year ("15年") is a duration far more often than a date, unless
      // a leading zero makes it a year ("08年", "07年以后")
      if (year === null || (g.yy !== undefined && !g.yy.startsWith("0")) || g.rel === "今" || g.rel === "本") continue;
      out.push(candidate(m.index ?? 0, m[0], { year: year + (g.after ? 1 : 0), month: 1, day: 1 }));
    }
    for (const m of [...allMatches(ctx.text, DOTTED_RE), ...allMatches(ctx.text, SLASHED_RE), ...allMatches(ctx.text, SLASHED_AFTER_NAME_RE)]) {
      const month = Number(m.groups?.m);
      const day = Number(m.groups?.d);
      out.push(candidate(m.index ?? 0, m[0], { year: nearestYear(ctx.today, month, day), month, day }));
    }
  }
  for (const m of allMatches(ctx.text, ISO_LIKE_RE)) {
    const g = m.groups ?? {};
    out.push(candidate(m.index ?? 0, m[0], { year: Number(g.y), month: Number(g.m), day: Number(g.d) }));
  }
  for (const m of allMatches(ctx.text, COMPACT_RE)) {
    const g = m.groups ?? {};
    out.push(candidate(m.index ?? 0, m[0], { year: Number(g.y), month: Number(g.m), day: Number(g.d) }));
  }
  return out;
}
