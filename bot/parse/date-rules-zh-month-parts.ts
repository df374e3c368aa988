import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { nthWeekday } from "./holiday-calendar.js";
import { mondayOf, type RuleContext } from "./rule-context.js";
import { addDays, addMonths, compareDates, daysInMonth, dayNumber, weekdayOf, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Parts of a month or week, each read as its first day: 上半月 / 下半月 (1st, 16th),
 * 上旬 / 下旬 (1st, 21st; 中旬 is an older rule), 十月的第一周, 十月第一个星期一,
 * 四月的最后一个星期五, 下个月第二个周三, 上半周 / 下半周 (Monday, Thursday).
 * A month without a year is the nearest one, like "3月5号".
 */

const CN = "[一二两三四五六七八九十]{1,3}";
const MONTH = `(?:(?<month>\\d{1,2}|${CN})月份?|(?<rel>下下个?|下个?|本|这个?|今个|上上个?|上个?)月)`;
const WEEKDAY = "(?<wd>[一二三四五六日天1-7])";
const PART_RE = new RegExp(
  `(?:${MONTH}\\s*的?\\s*)?(?:` +
    `(?<half>[上下前后])半个?月|(?<xun>[上下])旬|` +
    `(?<nth>第(?<n>\\d|[一二三四五])|最后)一?个?(?:星期|周|礼拜)${WEEKDAY}|` +
    `第(?<nw>\\d|[一二三四五六])个?(?:周|星期|礼拜)(?![一二三四五六日天1-7末])` +
    `)|(?<whalf>[上下前后])半(?:个)?(?:周|星期)`,
  "gu",
);

function relDelta(rel: string): number {
  if (rel.startsWith("下下")) return 2;
  if (rel.startsWith("下")) return 1;
  if (rel.startsWith("上上")) return -2;
  if (rel.startsWith("上")) return -1;
  return 0;
}

function weekdayIndex(wd: string): number {
  const i = "日一二三四五六".indexOf(wd);
  if (i >= 0) return i;
  if (wd === "天" || wd === "7") return 0;
  return Number(wd);
}

/** The month's first week is the one that holds its 4th, as ISO counts a year's. */
function weekOfMonth(year: number, month: number, n: number): LocalDate {
  const fourth = { year, month, day: 4 };
  return addDays(fourth, -((weekdayOf(fourth) + 6) % 7) + 7 * (n - 1));
}

type Resolve = (year: number, month: number) => LocalDate | null;

/** Resolves the date for the named month, or the nearest month of that number to today. */
function inMonth(ctx: RuleContext, g: Record<string, string | undefined>, resolve: Resolve): LocalDate | null {
  if (g.month !== undefined) {
    const month = parseSmallInt(g.month === "两" ? "二" : g.month);
    if (month === null || month < 1 || month > 12) return null;
    let best: LocalDate | null = null;
    for (const year of [ctx.today.year - 1, ctx.today.year, ctx.today.year + 1]) {
      const date = resolve(year, month);
      if (!date) continue;
      const distance = dayNumber(date) - dayNumber(ctx.today);
      const bestDistance = best ? dayNumber(best) - dayNumber(ctx.today) : Infinity;
      // nearest, ties to the future
      if (Math.abs(distance) - (distance >= 0 ? 0.5 : 0) < Math.abs(bestDistance) - (bestDistance >= 0 ? 0.5 : 0)) best = date;
    }
    return best;
  }
  const { year, month } = addMonths(ctx.today.year, ctx.today.month, g.rel !== undefined ? relDelta(g.rel) : 0);
  return resolve(year, month);
}

function candidate(index: number, raw: string, date: LocalDate, end: LocalDate | null, today: LocalDate): DateCandidate {
  const c: DateCandidate = { index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE };
  // only a part that has begun needs its end: a follow-up inside it must not be in the past
  return end && compareDates(date, today) <= 0 && compareDates(end, today) >= 0 ? { ...c, rangeEnd: { date: end, time: null } } : c;
}

export function findMonthPartDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, PART_RE)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const bare = g.month === undefined && g.rel === undefined;
    const push = (date: LocalDate | null, end: (d: LocalDate) => LocalDate | null, next?: () => LocalDate) => {
      if (!date) return;
      const last = end(date);
      // a bare 上旬 / 上半月 / 上半周 that is already over can only mean the coming one
      if (bare && next && last && compareDates(last, ctx.today) < 0) {
        const upcoming = next();
        out.push(candidate(index, m[0], upcoming, end(upcoming), ctx.today));
      } else out.push(candidate(index, m[0], date, last, ctx.today));
    };
    const nextMonth = (day: number) => () => ({ ...addMonths(ctx.today.year, ctx.today.month, 1), day });
    const monthEnd = (d: LocalDate) => ({ ...d, day: daysInMonth(d.year, d.month) });
    if (g.whalf !== undefined) {
      const monday = mondayOf(ctx.today, 0);
      const first = g.whalf === "上" || g.whalf === "前";
      push(
        addDays(monday, first ? 0 : 3),
        (d) => addDays(d, first ? 2 : 3),
        () => addDays(monday, 7),
      );
    } else if (g.half !== undefined) {
      const first = g.half === "上" || g.half === "前";
      push(
        inMonth(ctx, g, (year, month) => ({ year, month, day: first ? 1 : 16 })),
        (d) => (first ? { ...d, day: 15 } : monthEnd(d)),
        nextMonth(1),
      );
    } else if (g.xun !== undefined) {
      const first = g.xun === "上";
      push(
        inMonth(ctx, g, (year, month) => ({ year, month, day: first ? 1 : 21 })),
        (d) => (first ? { ...d, day: 10 } : monthEnd(d)),
        nextMonth(1),
      );
    } else if (g.nth !== undefined) {
      // "第一个星期一" alone is no date: it needs its month
      if (g.month === undefined && g.rel === undefined) continue;
      const weekday = weekdayIndex(g.wd ?? "");
      const n = g.nth === "最后" ? -1 : (parseSmallInt(g.n ?? "") ?? 0);
      push(
        inMonth(ctx, g, (year, month) => {
          const date = nthWeekday(year, month, weekday, n);
          return date.month === month ? date : null;
        }),
        () => null,
      );
    } else if (g.nw !== undefined) {
      if (g.month === undefined && g.rel === undefined) continue;
      const n = parseSmallInt(g.nw) ?? 0;
      push(
        inMonth(ctx, g, (year, month) => weekOfMonth(year, month, n)),
        (d) => addDays(d, 6),
      );
    }
  }
  return out;
}
