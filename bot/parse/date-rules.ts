import { findBusinessDayDates } from "./date-rules-business-days.js";
import { findAfterWeekendDates } from "./date-rules-zh-after-weekend.js";
import { findWeekMiddleDates } from "./date-rules-zh-week-middle.js";
import { findChineseWaitDates } from "./date-rules-zh-wait.js";
import { findAsapDates } from "./date-rules-asap.js";
import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { findEnglishRuleDates } from "./date-rules-en.js";
import { findEnglishRanges } from "./date-rules-en-range.js";
import { findChineseClockDates } from "./date-rules-zh-clock.js";
import { findChineseYearDates } from "./date-rules-zh-year.js";
import { findHolidayDates } from "./date-rules-holiday.js";
import { DONE_WITH_DE_ZH } from "./clause-tense.js";
import { findSameTimeDates } from "./date-rules-same-time.js";
import { findLunarDates } from "./date-rules-zh-lunar.js";
import { findDialectDayDates } from "./date-rules-zh-dialect.js";
import { findWindowDates } from "./date-rules-zh-window.js";
import { findCurrentPeriodDates } from "./date-rules-zh-current.js";
import { findYearPartDates } from "./date-rules-zh-year-parts.js";
import { findMonthPartDates } from "./date-rules-zh-month-parts.js";
import { findYearSpanDates } from "./date-rules-zh-year-ranges.js";
import { findSpanDates } from "./date-rules-zh-spans.js";
import { findWorldHolidayDates } from "./date-rules-holiday-world.js";
import { findEraDates } from "./date-rules-zh-era.js";
import { findChineseSeasonDates } from "./date-rules-zh-seasons.js";
import { latestDayOfMonth, mondayOf, monthStartOf, upcomingDayOfMonth, type RuleContext } from "./rule-context.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { addDays, addMonths, daysInMonth, nearestYear, zonedParts, type LocalDate } from "./zoned-time.js";
import { isExpectedWorkingDay } from "./holiday-calendar.js";
import { allMatches } from "./all-matches.js";
import { clauseAround } from "./clause-bounds.js";
import { weekendReported } from "./weekend-reported.js";

/**
 * Targeted rules for sales phrasings chrono (2.10) misses or gets wrong:
 * 月底, 下个月初, 5号, 下周, 周末, "3小时后" (chrono's zh relative-time math
 * uses the machine zone) and a few English month/week boundaries.
 */

const CN_SMALL = "[零〇一二两三四五六七八九十廿卅]{1,3}";
const MONTH_PREFIX = "(?<rel>下下个?|下个?|本|这个?|今个|上上个?|上个?)";

// Built once, not per message. Each rule below returns early when the character all of its
// matches contain (月, 年, 号/日, 后/前/内) is missing: the same candidates, less scanning.
const MONTH_EDGE_RE = new RegExp(`(?:(?<num>\\d{1,2}|${CN_SMALL})|${MONTH_PREFIX})?月(?:份)?(?<edge>底|末|初|中旬|中(?![标秋]))`, "gu");
const DAY_OF_MONTH_RE = new RegExp(
  `(?<![\\d月.零〇一二两三四五六七八九十])(?:${MONTH_PREFIX}月)?(?:(?<from>\\d{1,2}|${CN_SMALL})\\s*[-~～到至]\\s*)?(?<day>\\d{1,2}|${CN_SMALL})\\s*(?<unit>[号日])(?!\s*[楼室房线门院栋座位元内层厅馆库])(?<edge>(?:之|以)?[前后])?`,
  "gu",
);
const DAY_UNIT = /[号日]/u;
const NEXT_MONTH_RE = new RegExp(`(?<rel>下下个?|下个?|上上个?|上个?)月(?![初底末中份\\d零〇一二两三四五六七八九十])`, "gu");
const RELATIVE_OFFSET_RE = new RegExp(
  `(?<![\\d零〇一二两三四五六七八九十月])(?<n>\\d{1,3}|${CN_SMALL}|半)\\s*(?<ge>个)?(?<half>半)?\\s*(?<unit>小时|钟头|钟|分钟|秒钟|秒|天|日|周|星期|礼拜|月|年)(?<dir>以后|之后|后|以前|之前|前|以内|之内|内)`,
  "gu",
);
const OFFSET_DIRECTION = /[后前内]/u;

/** 下下/下/上/本 as a month or week offset; null when the phrase had no prefix. */
function relMonthDelta(rel: string | undefined): number | null {
  if (rel === undefined) return null;
  if (rel.startsWith("下下")) return 2;
  if (rel.startsWith("下")) return 1;
  if (rel.startsWith("上上")) return -2;
  if (rel.startsWith("上")) return -1;
  return 0;
}

function relWeekDelta(rel: string | undefined): number {
  return relMonthDelta(rel) ?? 0;
}

function dateOnly(index: number, raw: string, date: LocalDate): DateCandidate {
  return { index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE };
}

function zhMonthBoundaries(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!ctx.text.includes("月")) return out;
  for (const m of allMatches(ctx.text, MONTH_EDGE_RE)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    let base: LocalDate;
    if (g.num !== undefined) {
      const month = parseSmallInt(g.num);
      if (month === null || month < 1 || month > 12) continue; // reported by findInvalidDates
      base = { year: nearestYear(ctx.today, month, 15), month, day: 1 };
    } else {
      const delta = relMonthDelta(g.rel);
      // A bare 月初/月中 said late in the month can only mean the coming one.
      const implicitDelta = (g.edge === "初" && ctx.today.day > 1) || (g.edge?.startsWith("中") && ctx.today.day > 15) ? 1 : 0;
      base = monthStartOf(ctx.today, delta ?? implicitDelta);
    }
    const edge = g.edge ?? "";
    const day = edge === "初" ? 1 : edge.startsWith("中") ? 15 : daysInMonth(base.year, base.month);
    // "下个月初" is the first working day of the month: 1 January is 元旦, 1 May 劳动节, 1 October 国庆.
    const date = edge === "初" ? firstWorkingDayFrom({ ...base, day }) : { ...base, day };
    out.push(dateOnly(index, m[0], date));
  }
  return out;
}

/** The day itself when it is a working day, else the next one (holidays and 调休 as published; fixed holidays in later years). */
function firstWorkingDayFrom(date: LocalDate): LocalDate {
  let day = date;
  for (let i = 0; i < 14 && !isExpectedWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

function zhYearEnd(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!ctx.text.includes("年")) return out;
  // 年中 is mid-year (1 July), but not the 年中 of "一年中" (in a year) or 年中秋
  // ("大年初三" is a day of the Spring Festival, not the start of the year)
  const re = /(?<![\d零〇一二两三四五六七八九十半几每多大])(?<rel>明|今|本|去)?年(?<edge>底|末|初(?![一二三四五六七八九十])|中(?![秋国午心文标层旬间期]))/gu;
  for (const m of allMatches(ctx.text, re)) {
    const g = m.groups ?? {};
    // like a bare 月中, a bare 年中 said after July can only mean next year's
    const implicit = g.rel === undefined && g.edge === "中" && ctx.today.month > 7 ? 1 : 0;
    const year = ctx.today.year + implicit + (g.rel === "明" ? 1 : g.rel === "去" ? -1 : 0);
    const date = g.edge === "初" ? { year, month: 1, day: 1 } : g.edge === "中" ? { year, month: 7, day: 1 } : { year, month: 12, day: 31 };
    out.push(dateOnly(m.index ?? 0, m[0], date));
  }
  return out;
}

/** The rest of the day's clause says something done (了, 过) and nothing ahead. */
function reportsDone(text: string, index: number, length: number): boolean {
  const rest = text.slice(index + length).split(/[，,。；;!！?？\n]/u)[0] ?? "";
  // "3号签的合同", "12号见的面": the 是…的 of a thing done
  const done = /了|过(?![来去])/u.test(rest) || DONE_WITH_DE_ZH.test(rest);
  return done && !/再|要|将|准备|打算|计划|明天|下周|下个|(?<![签大节制预])约/u.test(rest);
}

function zhDayOfMonth(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!DAY_UNIT.test(ctx.text)) return out;
  for (const m of allMatches(ctx.text, DAY_OF_MONTH_RE)) {
    const g = m.groups ?? {};
    // "20号前" is "before the 20th", but a bare "5日前" is "five days ago" (zhRelativeOffsets);
    // with a month in front ("下个月5日前") it is a date again
    if (g.edge !== undefined && g.unit === "日" && g.rel === undefined) continue;
    // "3-5号", "下个月3到5号": a range of days is acted on from its first day;
    // "2026-3-5号" is a numeric date (another rule), not a range
    if (g.from !== undefined && /[\d\-/.]/u.test(ctx.text[(m.index ?? 0) - 1] ?? "")) continue;
    const day = parseSmallInt(g.from ?? g.day ?? "");
    if (day === null || day < 1 || day > 31) continue; // reported by findInvalidDates
    const delta = relMonthDelta(g.rel);
    let date: LocalDate | null = null;
    if (delta !== null) {
      const { year, month } = addMonths(ctx.today.year, ctx.today.month, delta);
      // "下个月31号" in a 30-day month stays as typed so parseDates reports it
      date = { year, month, day };
    } else if (
      reportsDone(ctx.text, m.index ?? 0, m[0].length) &&
      // ("那个会改到7号上午10点了": the day it was moved to is ahead, whatever 了 closes the move)
      !/(?:改到|改成|改在|推迟到|推到|挪到|延到|调到|换到|提前到|约到|约在|定在)\s*$/u.test(ctx.text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0)) &&
      !(day > ctx.today.day && /^\s*(?:的)?签/u.test(ctx.text.slice((m.index ?? 0) + m[0].length)))
    ) {
      // ("15号签约了" typed on the 9th is the signing settled for the 15th, not one last month)
      // "24号拜访了华为", "华为 23号 开过会了": a day of a report is the latest such day, today included
      date = latestDayOfMonth(ctx.today, day);
    } else {
      // A bare "5号" names a day to act on: the next 5th, today included.
      date = upcomingDayOfMonth(ctx.today, day);
    }
    // the span stops at 号/日 so that 前/之前 stays visible to the follow-up cue after it
    const raw = g.edge === undefined ? m[0] : m[0].slice(0, -g.edge.length);
    if (date) out.push(dateOnly(m.index ?? 0, raw, date));
  }
  return out;
}

function zhWeekOnly(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  // "下周" alone (no weekday after it) means the start of that week.
  const weekRe = /(?<rel>下下个?|下个?|上上个?|上个?)(?:周|星期|礼拜)(?![一二三四五六日天末1-7]|(?:的)?(?:周|星期|礼拜))/gu;
  for (const m of allMatches(ctx.text, weekRe)) {
    out.push(dateOnly(m.index ?? 0, m[0], mondayOf(ctx.today, relWeekDelta(m.groups?.rel))));
  }
  for (const m of allMatches(ctx.text, /(?<rel>下下个?|下个?|本|这个?|上上个?|上个?)?(?:周|星期|礼拜)?周末/gu)) {
    const rel = m.groups?.rel;
    const index = m.index ?? 0;
    // "周末跟腾讯吃了个饭" reports the weekend just gone; on a Sunday a planned one is the next.
    const reported = rel === undefined && weekendReported(clauseAround(ctx.text, index, index + m[0].length), m[0]);
    const delta = reported
      ? ctx.today.weekday === 0 || ctx.today.weekday === 6
        ? 0
        : -1
      : relWeekDelta(rel) + (rel === undefined && ctx.today.weekday === 0 ? 1 : 0);
    out.push(dateOnly(index, m[0], addDays(mondayOf(ctx.today, delta), 5)));
  }
  for (const m of allMatches(ctx.text, NEXT_MONTH_RE)) {
    out.push(dateOnly(m.index ?? 0, m[0], monthStartOf(ctx.today, relMonthDelta(m.groups?.rel) ?? 1)));
  }
  return out;
}

function zhRelativeOffsets(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!OFFSET_DIRECTION.test(ctx.text)) return out;
  for (const m of allMatches(ctx.text, RELATIVE_OFFSET_RE)) {
    const g = m.groups ?? {};
    const n = g.n === "半" ? 0.5 : parseSmallInt(g.n ?? "");
    // "07年以后" is after 2007: a count has no leading zero
    if (n === null || /^0\d/u.test(g.n ?? "")) continue;
    // "3月前" is "before March", not "three months ago"
    if (g.unit === "月" && !g.ge) continue;
    const amount = (n + (g.half ? 0.5 : 0)) * (g.dir?.endsWith("前") ? -1 : 1);
    const index = m.index ?? 0;
    const unit = g.unit ?? "";
    if (unit === "小时" || unit === "钟头" || unit === "钟" || unit === "分钟" || unit.startsWith("秒")) {
      // "两个钟" is Cantonese for two hours
      const seconds = Math.round(amount * (unit === "分钟" ? 60 : unit.startsWith("秒") ? 1 : 3600));
      const at = zonedParts(new Date(ctx.now.getTime() + seconds * 1000), ctx.timezone);
      out.push({
        index,
        end: index + m[0].length,
        date: { year: at.year, month: at.month, day: at.day },
        time: { hour: at.hour, minute: at.minute, second: at.second },
        partOfDayHour: null,
        priority: PRIORITY_RULE,
      });
    } else if (unit === "年") {
      // chrono's zh parser does this arithmetic on the machine's clock; "3年后" is the same day 3 years on
      const { year, month } = addMonths(ctx.today.year, ctx.today.month, Math.round(amount * 12));
      out.push(dateOnly(index, m[0], { year, month, day: Math.min(ctx.today.day, daysInMonth(year, month)) }));
    } else if (unit === "月") {
      // 半个月 is 15 days, 一个半月 a month and 15 days: months step by calendar, the half by days
      const whole = Math.trunc(amount);
      const { year, month } = addMonths(ctx.today.year, ctx.today.month, whole);
      const base = { year, month, day: Math.min(ctx.today.day, daysInMonth(year, month)) };
      out.push(dateOnly(index, m[0], addDays(base, Math.round((amount - whole) * 30))));
    } else {
      // "5日前" is the written form of 5天前 (the 5th is written 5号 or with its month)
      const days = Math.round(amount * (unit === "天" || unit === "日" ? 1 : 7));
      out.push(dateOnly(index, m[0], addDays(ctx.today, days)));
    }
  }
  return out;
}

/** "下周周六", "下个星期的星期三": chrono reads the week and the weekday as two dates. */
function zhWeekThenWeekday(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const re =
    /(?<rel>下下个?|下个?|上上个?|上个?|本|这个?|今个?)(?:周|星期|礼拜)的?(?:(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])|(?<d2>[一二三四五六日天1-7]))/gu;
  for (const m of allMatches(ctx.text, re)) {
    const d = m.groups?.d ?? m.groups?.d2 ?? "";
    const index = "一二三四五六".indexOf(d);
    const offset = index >= 0 ? index : d === "日" || d === "天" || d === "7" ? 6 : Number(d) - 1;
    out.push(dateOnly(m.index ?? 0, m[0], addDays(mondayOf(ctx.today, relWeekDelta(m.groups?.rel)), offset)));
  }
  // "周末前给答复", "下周末之前": by the weekend is its Friday
  for (const m of allMatches(ctx.text, /(?<rel>下下个?|下个?|这个?|本)?(?:周末|礼拜末)(?:之|以)?前(?![天年月周])/gu)) {
    out.push(dateOnly(m.index ?? 0, m[0], addDays(mondayOf(ctx.today, relWeekDelta(m.groups?.rel)), 4)));
  }
  // "两周后的周二", "3个星期后周五": that weekday in the week the offset lands in
  const weeksThen = /(?<n>\d{1,2}|[一二两三四五六七八九十])个?(?:周|星期|礼拜)(?:以|之)?后的?(?:周|星期|礼拜)(?<d>[一二三四五六日天])/gu;
  for (const m of allMatches(ctx.text, weeksThen)) {
    const n = /\d/u.test(m.groups?.n ?? "") ? Number(m.groups?.n) : "一二三四五六七八九十".indexOf(m.groups?.n === "两" ? "二" : (m.groups?.n ?? "")) + 1;
    const d = m.groups?.d ?? "";
    const offset = "一二三四五六".indexOf(d) >= 0 ? "一二三四五六".indexOf(d) : 6;
    if (n > 0) out.push(dateOnly(m.index ?? 0, m[0], addDays(mondayOf(ctx.today, n), offset)));
  }
  // 过两天 / 过几天: vague, so two or three days out; 过一周 is a week
  for (const m of allMatches(ctx.text, /过(?<n>一|两|二|三|几)(?:个)?(?<unit>天|周|星期|礼拜)/gu)) {
    const g = m.groups ?? {};
    const n = g.n === "几" ? 3 : g.n === "一" ? 1 : g.n === "三" ? 3 : 2;
    out.push(dateOnly(m.index ?? 0, m[0], addDays(ctx.today, g.unit === "天" ? n : 7 * n)));
  }
  return out;
}

export function findRuleDates(ctx: RuleContext, opts: { zh: boolean; en: boolean }): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (opts.zh) {
    out.push(...zhMonthBoundaries(ctx), ...zhYearEnd(ctx), ...zhDayOfMonth(ctx), ...zhWeekOnly(ctx), ...zhRelativeOffsets(ctx), ...zhWeekThenWeekday(ctx));
    out.push(...findChineseClockDates(ctx), ...findLunarDates(ctx), ...findDialectDayDates(ctx), ...findWindowDates(ctx));
    out.push(
      ...findCurrentPeriodDates(ctx),
      ...findYearPartDates(ctx),
      ...findMonthPartDates(ctx),
      ...findYearSpanDates(ctx),
      ...findSpanDates(ctx),
      ...findWorldHolidayDates(ctx),
      ...findEraDates(ctx),
      ...findChineseSeasonDates(ctx),
      ...findAfterWeekendDates(ctx),
      ...findWeekMiddleDates(ctx),
      ...findChineseWaitDates(ctx),
    );
  }
  out.push(
    ...findChineseYearDates(ctx, opts.zh),
    ...findHolidayDates(ctx, opts),
    ...findAsapDates(ctx),
    ...findBusinessDayDates(ctx),
    ...findSameTimeDates(ctx, opts),
  );
  if (opts.en) out.push(...findEnglishRuleDates(ctx), ...findEnglishRanges(ctx));
  return out;
}
