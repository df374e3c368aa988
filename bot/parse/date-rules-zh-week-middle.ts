import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { mondayOf, type RuleContext } from "./rule-context.js";
import { addDays, compareDates } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * "下周中给答复", "周中再联系", "下周初", "下周后半周": a part of a week named after the week, each read
 * as one day — 初 / 前半 its Monday, 中 / 中间 its Wednesday, 后半 its Thursday (as 下半周 is). Without
 * 下 / 这 in front, a part of this week already gone means next week's. "下周中午" is noon, no part.
 */
const WEEK_PART =
  /(?<![一二两三四五六七八九十几每\d])(?<rel>下下|下|这|本|今)?个?(?:周|星期|礼拜)(?<part>初|中(?:旬|间)?(?!午)|[前后]半(?:周|段)?)(?![一二三四五六日天1-7末])/gu;

const OFFSET: Record<string, number> = { 初: 0, 前: 0, 中: 2, 后: 3 };

export function findWeekMiddleDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, WEEK_PART)) {
    const rel = m.groups?.rel;
    const offset = OFFSET[(m.groups?.part ?? "")[0]!] ?? 0;
    const delta = rel === "下下" ? 2 : rel === "下" ? 1 : 0;
    let date = addDays(mondayOf(ctx.today, delta), offset);
    if (!rel && compareDates(date, ctx.today) < 0) date = addDays(date, 7);
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
