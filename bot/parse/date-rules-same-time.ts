import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { englishWeekday } from "./english-weekday.js";
import type { RuleContext } from "./rule-context.js";
import { resolveWeekday } from "./resolve-weekday.js";
import { addDays, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * "this time next week", "(at) this time Friday", "明天这个时候", "下周三这个时间": the clock of now on another day.
 * chrono reads only the day ("next week" as its Monday). "Same time" / 同一时间 is left alone: it is
 * the time of the appointment talked about ("改到明天同一时间"), which the sentence does not say.
 */
const EN =
  /\b(?:at\s+)?this\s+time\s+(?<day>tomorrow|tmrw|next\s+week|in\s+a\s+week|(?:on\s+|next\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/giu;
const ZH = /(?<day>明天|后天|下周[一二三四五六日天]?|下个?星期[一二三四五六日天]?|下个?礼拜[一二三四五六日天]?)(?:的)?这个(?:时候|时间|点)/gu;

const ZH_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

export function findSameTimeDates(ctx: RuleContext, opts: { zh: boolean; en: boolean }): DateCandidate[] {
  const out: DateCandidate[] = [];
  const time = { hour: ctx.today.hour, minute: ctx.today.minute };
  const push = (index: number, raw: string, date: LocalDate) => {
    out.push({
      index,
      end: index + raw.length,
      date: { year: date.year, month: date.month, day: date.day },
      time,
      partOfDayHour: null,
      priority: PRIORITY_RULE,
    });
  };
  if (opts.en && /\bthis\s+time\b/iu.test(ctx.text)) {
    for (const m of allMatches(ctx.text, EN)) {
      const day = (m.groups?.day ?? "").toLowerCase();
      const name = day.replace(/^(?:on|next)\s+/u, "");
      const weekday = englishWeekday(name);
      if (/^(?:tomorrow|tmrw)$/u.test(day)) push(m.index ?? 0, m[0], addDays(ctx.today, 1));
      else if (/week$/u.test(day)) push(m.index ?? 0, m[0], addDays(ctx.today, 7));
      else if (weekday >= 0) push(m.index ?? 0, m[0], resolveWeekday(weekday, /^next\s+/u.test(day) ? "next" : null, ctx.today, false));
    }
  }
  if (opts.zh && /这个/u.test(ctx.text)) {
    for (const m of allMatches(ctx.text, ZH)) {
      const day = m.groups?.day ?? "";
      const named = ZH_WEEKDAYS[day.slice(-1)];
      if (day === "明天") push(m.index ?? 0, m[0], addDays(ctx.today, 1));
      else if (day === "后天") push(m.index ?? 0, m[0], addDays(ctx.today, 2));
      // 下周三: that day of next week (weeks start on Monday); 下周 alone: a week from today
      else push(m.index ?? 0, m[0], named === undefined ? addDays(ctx.today, 7) : resolveWeekday(named, "next", ctx.today, false));
    }
  }
  return out;
}
