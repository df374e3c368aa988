import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { YEAR, yearOf } from "./date-rules-zh-year.js";
import { monthStartOf, type RuleContext } from "./rule-context.js";
import { addDays, addMonths, compareDates, daysInMonth, nearestYear, weekdayOf, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Parts of a year, each read as its first day: halves (上半年, 明年下半年,
 * 2018年前半年, 上个半年), quarters (一季度, 第三季度, 本季度, 下季度, Q3, 季度末),
 * numbered weeks and months of a year (2027年的第一周, 明年第九个月) and its first or
 * last N of them (今年最后3周, 明年前两个月). Weeks are ISO weeks: week 1 holds 4 January.
 * A part that has begun carries its end, so a follow-up inside it is not in the past.
 */

const N = "(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})";
const Q = "(?<q>[一二三四1-4])";
const PART_RE = new RegExp(
  `(?:${YEAR}\\s*的?\\s*)?(?:` +
    `(?<half>[上下前后])半年|(?<halfRel>[上下])个?半年|` +
    `(?:第?${Q}季(?:度|(?<=第.季))|[Qq](?<qq>[1-4])(?![\\d]))(?<qedge>末|底|初)?|(?<qrel>本|这一?个?|今|上一?个?|下一?个?)季度(?<qedge2>末|底|初)?|` +
    `第(?<nw>${N})个?(?:周|星期|礼拜)|第(?<nm>${N})个月|` +
    `(?<fl>前|头|最后)\\s*(?<fn>${N})\\s*个?(?<fu>周|星期|礼拜|月)` +
    `)`,
  "gu",
);

function candidate(index: number, raw: string, date: LocalDate, end?: LocalDate): DateCandidate {
  const c: DateCandidate = { index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE };
  return end ? { ...c, rangeEnd: { date: end, time: null } } : c;
}

function count(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  return parseSmallInt(raw === "两" ? "二" : raw);
}

/** Monday of ISO week 1: the week that holds 4 January */
export function isoWeekOne(year: number): LocalDate {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
}

function quarterStart(year: number, q: number): LocalDate {
  return { year, month: 3 * (q - 1) + 1, day: 1 };
}

function quarterEnd(year: number, q: number): LocalDate {
  return { year, month: 3 * q, day: daysInMonth(year, 3 * q) };
}

function relQuarter(ctx: RuleContext, rel: string): { year: number; q: number } {
  const delta = rel.startsWith("上") ? -1 : rel.startsWith("下") ? 1 : 0;
  const { year, month } = addMonths(ctx.today.year, ctx.today.month, 3 * delta);
  return { year, q: Math.ceil(month / 3) };
}

export function findYearPartDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, PART_RE)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const named = yearOf(ctx, g);
    const year = named ?? ctx.today.year;
    const push = (date: LocalDate, end: LocalDate) => out.push(candidate(index, m[0], date, end));
    if (g.half !== undefined) {
      const first = g.half === "上" || g.half === "前";
      push({ year, month: first ? 1 : 7, day: 1 }, { year, month: first ? 6 : 12, day: first ? 30 : 31 });
    } else if (g.halfRel !== undefined) {
      // 上个半年 / 下个半年: the half-year before or after the one we are in
      const start = monthStartOf({ ...ctx.today, month: ctx.today.month <= 6 ? 1 : 7, day: 1 }, g.halfRel === "上" ? -6 : 6);
      const endMonth = addMonths(start.year, start.month, 5);
      push(start, { ...endMonth, day: daysInMonth(endMonth.year, endMonth.month) });
    } else if (g.q !== undefined || g.qq !== undefined) {
      const q = count(g.q ?? g.qq) ?? 1;
      // a bare quarter is the nearest one: "一季度" said in November is next year's
      const qYear = named ?? nearestYear(ctx.today, 3 * q - 1, 15);
      const edge = g.qedge;
      if (edge === "末" || edge === "底") out.push(candidate(index, m[0], quarterEnd(qYear, q)));
      else push(quarterStart(qYear, q), quarterEnd(qYear, q));
    } else if (g.qrel !== undefined) {
      if (named !== null) continue;
      const { year: y, q } = relQuarter(ctx, g.qrel);
      const edge = g.qedge2;
      if (edge === "末" || edge === "底") out.push(candidate(index, m[0], quarterEnd(y, q)));
      else push(quarterStart(y, q), quarterEnd(y, q));
    } else if (g.nw !== undefined || g.nm !== undefined) {
      // "第三周" with no year is a week of something else (a project, a month)
      if (named === null) continue;
      const nw = count(g.nw);
      const nm = count(g.nm);
      if (nw !== null && nw >= 1 && nw <= 53) {
        const monday = addDays(isoWeekOne(year), 7 * (nw - 1));
        push(monday, addDays(monday, 6));
      } else if (nm !== null && nm >= 1 && nm <= 12) {
        push({ year, month: nm, day: 1 }, { year, month: nm, day: daysInMonth(year, nm) });
      }
    } else if (g.fn !== undefined) {
      if (named === null) continue;
      const n = count(g.fn);
      if (n === null || n < 1) continue;
      const weeks = g.fu !== "月";
      const last = g.fl === "最后";
      if (weeks) {
        const lastWeek = addDays(isoWeekOne(year + 1), -7);
        push(last ? addDays(lastWeek, -7 * (n - 1)) : isoWeekOne(year), last ? addDays(lastWeek, 6) : addDays(isoWeekOne(year), 7 * n - 1));
      } else if (n <= 12) {
        const month = last ? 13 - n : 1;
        push({ year, month, day: 1 }, last ? { year, month: 12, day: 31 } : { year, month: n, day: daysInMonth(year, n) });
      }
    }
  }
  // a part that is over has no end worth keeping; one that has not begun needs none
  return out.map((c) => {
    if (!c.rangeEnd || !c.date || compareDates(c.date, ctx.today) <= 0) return c;
    const { rangeEnd: _ahead, ...rest } = c;
    return rest;
  });
}
