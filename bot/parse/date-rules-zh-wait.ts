import { allMatches } from "./all-matches.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, addMonths, daysInMonth } from "./zoned-time.js";

/**
 * "大概两周左右有结果", "三天左右给答复", "一个月左右能定": how long until the customer answers is when to follow up,
 * as "两周后" already was; said bare ("两周左右") it is a length, not a day.
 */
const WAIT =
  /(?<![了过])(?<n>\d{1,2}|[一二两三四五六七八九十半]{1,3})\s*个?(?<unit>天|周|星期|礼拜|月)(?:左右|上下|以内|之内|内)?(?=\s*(?:就|才|能|会|可以|应该|大概)?\s*(?:有结果|出结果|给结果|给答复|给回复|答复|回复|反馈|能定|定下来|有消息|有回音|出方案|落地|拍板))/gu;

/**
 * "他们测试一周", "试用两周", "内部评估十天左右", "审批大概要一个月": the customer's trial or review lasts so long; its
 * end is when to follow up ("测试了两周" is a trial over, and stays no date).
 */
const TRIAL =
  /(?<=(?:测试|试用|评估|考虑|讨论|研究|审批|审核|在审|走流程|验证|试点|试跑|盖章|签批)(?:期)?\s*(?:要|需要|大概|大约|约|估计)?\s*(?:要|需要)?\s*)(?<n>\d{1,2}|[一二两三四五六七八九十半]{1,3})\s*个?(?<unit>天|周|星期|礼拜|月)(?:左右|上下|时间)?(?![前后内以之])/gu;

export function findChineseWaitDates(ctx: RuleContext): DateCandidate[] {
  const waits = /结果|答复|回复|反馈|定|消息|回音|方案|落地|拍板/u.test(ctx.text) ? [...allMatches(ctx.text, WAIT)] : [];
  const trials = /测试|试用|评估|考虑|讨论|研究|审批|审核|在审|走流程|验证|试点|试跑|盖章|签批/u.test(ctx.text) ? [...allMatches(ctx.text, TRIAL)] : [];
  const out: DateCandidate[] = [];
  for (const m of [...waits, ...trials]) {
    const g = m.groups ?? {};
    const n = /^\d+$/u.test(g.n ?? "") ? Number(g.n) : g.n === "半" ? 0.5 : parseSmallInt(g.n ?? "");
    if (n === null || !Number.isFinite(n) || n <= 0) continue;
    const unit = g.unit ?? "天";
    let date = ctx.today as { year: number; month: number; day: number };
    if (unit === "月") {
      if (n === 0.5) date = addDays(ctx.today, 15);
      else {
        const { year, month } = addMonths(ctx.today.year, ctx.today.month, n);
        date = { year, month, day: Math.min(ctx.today.day, daysInMonth(year, month)) };
      }
    } else date = addDays(ctx.today, Math.round(n * (unit === "天" ? 1 : 7)));
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
