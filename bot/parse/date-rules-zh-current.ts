import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { mondayOf, monthEndOf, monthStartOf, type RuleContext } from "./rule-context.js";
import { addDays, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * The week, month or year we are in: "本周", "这个礼拜", "今个星期" (Cantonese),
 * "本月", "这个月", "今年", "这一年", "月内"; and "这两天" / "这几天", the next few days. Each reads as its first day (Monday, the 1st,
 * 1 January) and carries its end, so "本周内回复" follows up by Friday and never in
 * the past. Longer phrases ("这周五", "本月15号", "今年年底") are other rules and win
 * on length.
 */

const THIS = "(?:本|这一?个?|今个|今一?|当)";
const WEEK_RE = new RegExp(`${THIS}(?:周|星期|礼拜)(?![一二三四五六日天末1-7])`, "gu");
const MONTH_RE = new RegExp(`(?:本|这一?个|今个|当)月(?!份?[底末初中\\d零〇一二两三四五六七八九十廿卅])`, "gu");
/** 今年 / 本年 / 本年度; 当年 is "that year" in a story, so it is left out */
const YEAR_RE = /(?:今|本|这一)年(?:度)?(?![底末初中后]|[上下前后]半)/gu;
/** 周内 / 月内 / 年内 with nothing in front: within this week, month, year */
const BARE_RE = /(?<![\d零〇一二两三四五六七八九十几个本这今当上下每半多])(?<unit>周|星期|礼拜|月|年)之?内/gu;
/** 这两天 / 这几天 / 近几天: the next couple of days, from today */
const FEW_DAYS_RE = /(?:这|近|最近这)(?<n>两|几)天/gu;

function range(index: number, raw: string, date: LocalDate, end: LocalDate): DateCandidate {
  return {
    index,
    end: index + raw.length,
    date,
    time: null,
    partOfDayHour: null,
    priority: PRIORITY_RULE,
    rangeEnd: { date: end, time: null },
  };
}

export function findCurrentPeriodDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const monday = mondayOf(ctx.today, 0);
  // the working week ends on Friday; said at the weekend, the week still has until Sunday
  const weekEnd = addDays(monday, ctx.today.weekday === 0 || ctx.today.weekday === 6 ? 6 : 4);
  for (const m of allMatches(ctx.text, WEEK_RE)) out.push(range(m.index ?? 0, m[0], monday, weekEnd));
  for (const m of allMatches(ctx.text, MONTH_RE)) {
    out.push(range(m.index ?? 0, m[0], monthStartOf(ctx.today, 0), monthEndOf(ctx.today, 0)));
  }
  const { year } = ctx.today;
  for (const m of allMatches(ctx.text, YEAR_RE)) out.push(range(m.index ?? 0, m[0], { year, month: 1, day: 1 }, { year, month: 12, day: 31 }));
  for (const m of allMatches(ctx.text, BARE_RE)) {
    const unit = m.groups?.unit;
    if (unit === "月") out.push(range(m.index ?? 0, m[0], monthStartOf(ctx.today, 0), monthEndOf(ctx.today, 0)));
    else if (unit === "年") out.push(range(m.index ?? 0, m[0], { year, month: 1, day: 1 }, { year, month: 12, day: 31 }));
    else out.push(range(m.index ?? 0, m[0], monday, weekEnd));
  }
  for (const m of allMatches(ctx.text, FEW_DAYS_RE)) {
    out.push(range(m.index ?? 0, m[0], ctx.today, addDays(ctx.today, m.groups?.n === "两" ? 2 : 3)));
  }
  return out;
}
