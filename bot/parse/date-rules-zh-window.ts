import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { mondayOf, monthStartOf, type RuleContext } from "./rule-context.js";
import { addDays, addMonths, daysInMonth, zonedParts, type LocalDate, type LocalTime } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * "the last / next N units" as a range, read as its start:
 * - 上两周 / 下三个月 / 前两小时 / 后三小时 count whole calendar units next to the
 *   current one (上两周 starts on the Monday two weeks back, 下三小时 at the next full hour);
 * - 前两天 / 前1周 / 后三天 / 后1年 count days: back from today, or from tomorrow;
 * - 过去十年 / 最近三天 / 之前3小时 / 未来三天 / 之后5分钟 / 还剩3小时 count from now.
 * A window that starts now keeps its end, so a follow-up inside it is never in the past.
 */

const N = "(?<n>\\d{1,3}|[零〇一二两三四五六七八九十]{1,3}|几)";
const UNIT = "(?<unit>秒钟|秒|分钟|个?小时|个?钟头|个钟|天|日|个?(?:周|星期|礼拜)|个月|两月|年)";
// (然后 / 随后 / 稍后 end a word: "然后 两周之后再约" counts two weeks ahead, not the next two)
const WINDOW_RE = new RegExp(
  `(?<![\\d零〇一二两三四五六七八九十年月号日马最])(?:(?<whole>上|前|下|(?<![然随稍])后)|(?<exact>之前|以前|过去|最近|近|之后|以后|未来|接下来|往后|今后|还剩|还有|剩下))\\s*${N}?\\s*${UNIT}(?![前后级纪])`,
  "gu",
);

const PAST = new Set(["上", "前", "之前", "以前", "过去", "最近", "近"]);
type Unit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

function unitOf(raw: string): Unit {
  if (raw.startsWith("秒")) return "second";
  if (raw === "分钟") return "minute";
  if (/小时|钟/u.test(raw)) return "hour";
  if (raw === "天" || raw === "日") return "day";
  if (/周|星期|礼拜/u.test(raw)) return "week";
  if (raw.endsWith("月")) return "month";
  return "year";
}

const SECONDS: Partial<Record<Unit, number>> = { second: 1, minute: 60, hour: 3600 };

function at(index: number, end: number, date: LocalDate, time: LocalTime | null): DateCandidate {
  return { index, end, date, time, partOfDayHour: null, priority: PRIORITY_RULE };
}

function shiftDate(d: LocalDate, unit: Unit, n: number): LocalDate {
  if (unit === "day") return addDays(d, n);
  if (unit === "week") return addDays(d, 7 * n);
  const months = unit === "month" ? n : 12 * n;
  const { year, month } = addMonths(d.year, d.month, months);
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** the first day of the calendar unit holding today */
function unitStart(ctx: RuleContext, unit: Unit): LocalDate {
  if (unit === "week") return mondayOf(ctx.today, 0);
  if (unit === "month") return monthStartOf(ctx.today, 0);
  if (unit === "year") return { year: ctx.today.year, month: 1, day: 1 };
  return ctx.today;
}

function clockAt(ctx: RuleContext, seconds: number): { date: LocalDate; time: LocalTime } {
  const p = zonedParts(new Date(ctx.now.getTime() + seconds * 1000), ctx.timezone);
  return { date: { year: p.year, month: p.month, day: p.day }, time: { hour: p.hour, minute: p.minute, second: p.second } };
}

function wholeUnits(ctx: RuleContext, unit: Unit, n: number, past: boolean, index: number, end: number): DateCandidate {
  const step = SECONDS[unit];
  if (step !== undefined) {
    // back to the start of the current second / minute / hour, then n units back or one forward
    const intoUnit = unit === "second" ? 0 : unit === "minute" ? ctx.today.second : 60 * ctx.today.minute + ctx.today.second;
    const { date, time } = clockAt(ctx, -intoUnit + (past ? -n * step : step));
    return at(index, end, date, time);
  }
  return at(index, end, shiftDate(unitStart(ctx, unit), unit, past ? -n : 1), null);
}

/** 前1周 / 后1年: counted in days, the window ends today or starts tomorrow */
function dayCounted(ctx: RuleContext, unit: Unit, n: number, past: boolean, index: number, end: number): DateCandidate {
  return at(index, end, past ? shiftDate(ctx.today, unit, -n) : addDays(ctx.today, 1), null);
}

function fromNow(ctx: RuleContext, unit: Unit, n: number, past: boolean, index: number, end: number): DateCandidate {
  const step = SECONDS[unit];
  if (past) {
    if (step !== undefined) {
      const { date, time } = clockAt(ctx, -n * step);
      return at(index, end, date, time);
    }
    return at(index, end, shiftDate(ctx.today, unit, -n), null);
  }
  if (step !== undefined) {
    const { date, time } = clockAt(ctx, 0);
    return { ...at(index, end, date, time), rangeEnd: clockAt(ctx, n * step) };
  }
  return { ...at(index, end, ctx.today, null), rangeEnd: { date: shiftDate(ctx.today, unit, n), time: null } };
}

export function findWindowDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, WINDOW_RE)) {
    const g = m.groups ?? {};
    const unit = unitOf(g.unit ?? "");
    // 上个小时 is one hour; 下个月 / 上周 without a number belong to the calendar rules
    if (g.n === undefined && !(g.whole !== undefined && unit === "hour" && g.unit?.startsWith("个"))) continue;
    const n = g.n === undefined ? 1 : g.n === "几" ? 3 : parseSmallInt(g.n === "两" ? "二" : g.n);
    if (n === null || n <= 0) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const dir = g.whole ?? g.exact ?? "";
    // 上个小时 with no count is the hour just gone, counted from now
    if (g.whole !== undefined && g.n !== undefined && (dir === "前" || dir === "后") && SECONDS[unit] === undefined) {
      out.push(dayCounted(ctx, unit, n, dir === "前", index, end));
      continue;
    }
    out.push(
      g.whole !== undefined && g.n !== undefined ? wholeUnits(ctx, unit, n, PAST.has(dir), index, end) : fromNow(ctx, unit, n, PAST.has(dir), index, end),
    );
  }
  return out;
}
