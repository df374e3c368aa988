import { addDays, type LocalDate, type LocalDateTime } from "./zoned-time.js";

/**
 * next/nextnext/last/this are calendar-week relative (weeks start on Monday,
 * as in China). `past` is the English "last Friday": the most recent one.
 */
export type WeekModifier = "this" | "next" | "nextnext" | "last" | "past" | "reported" | "coming" | null;

/** chrono reports only "周五" for "本周五", so the prefix may sit just before the phrase. */
/** "下周要来上海，周三下午有空": the clause just before names the week alone, and the weekday opens the next one. */
// Only a stay or a trip that week ("下周要来上海", "下下周在北京"): "下周再说，周三先把报价发了" and "下周报价，周四上午提醒我"
// wait for next week from a day of this one.
const WEEK_THEN_DAY_ZH =
  /(?<week>下下|下)个?(?:周|星期|礼拜)(?![一二三四五六日天末])[^，,。；;！!？?]{0,4}?(?:要来|会来|过来|来|到|在|出差|回来)[^，,。；;！!？?]{0,10}[，,]\s*$/u;

/** "下周一到周三在外地出差，周四回来后约他": days of a week named as a span, then a weekday of the same week. */
const WEEK_SPAN_THEN_DAY_ZH =
  /(?<week>下下|下)个?(?:周|星期|礼拜)[一二三四五六日天](?:到|至|-|~|—|～)(?:周|星期|礼拜)?[一二三四五六日天](?![^，,。；;！!？?]*(?:周|星期|礼拜))[^，,。；;！!？?]{0,14}[，,]\s*$/u;

export function detectZhWeekModifier(phrase: string, preceding: string): WeekModifier {
  const probe = `${preceding.match(/(?:下下|下|上|本|这)个?$/u)?.[0] ?? ""}${phrase}`;
  if (/下下个?(?:周|星期|礼拜)/u.test(probe)) return "nextnext";
  if (/下个?(?:周|星期|礼拜)/u.test(probe)) return "next";
  const week = (WEEK_THEN_DAY_ZH.exec(preceding) ?? WEEK_SPAN_THEN_DAY_ZH.exec(preceding))?.groups?.week;
  if (week && /^(?:周|星期|礼拜)/u.test(phrase)) return week === "下下" ? "nextnext" : "next";
  if (/上个?(?:周|星期|礼拜)/u.test(probe)) return "last";
  if (/(?:本|这个?)(?:周|星期|礼拜)/u.test(probe)) return "this";
  return null;
}

export function detectEnWeekModifier(phrase: string, preceding: string): WeekModifier {
  const probe = `${preceding.match(/\b(?:(?:this|the)\s+(?:coming|upcoming)|next|last|this|past|previous|following|coming|upcoming)\s+$/i)?.[0] ?? ""}${phrase}`;
  if (/\b(?:week\s+after\s+next)\b/i.test(probe)) return "nextnext";
  // "this coming tues", "the upcoming Friday": the next one to come, whatever the clause reports
  if (/\b(?:coming|upcoming)\b/i.test(probe)) return "coming";
  if (/\b(?:next|following)\b/i.test(probe)) return "next";
  // "last Wednesday" said on a Thursday is last week's, like 上周三, not yesterday
  if (/\b(?:last|previous)\b/i.test(probe)) return "last";
  if (/\bpast\b/i.test(probe)) return "past";
  if (/\bthis\b/i.test(probe)) return "this";
  return null;
}

/**
 * @param weekday 0 = Sunday
 * @param laterToday true when a clock time was given that is still ahead of now,
 *   so a bare weekday naming today ("周三下午4点" said on Wednesday morning) means today.
 */
export function resolveWeekday(weekday: number, modifier: WeekModifier, today: LocalDateTime, laterToday: boolean): LocalDate {
  const mondayIndex = (d: number): number => (d + 6) % 7;
  const monday = addDays(today, -mondayIndex(today.weekday));
  const target = mondayIndex(weekday);
  switch (modifier) {
    case "this":
      return addDays(monday, target);
    case "next":
      return addDays(monday, 7 + target);
    case "nextnext":
      return addDays(monday, 14 + target);
    case "last":
      return addDays(monday, -7 + target);
    case "past": {
      const back = (today.weekday - weekday + 7) % 7 || 7;
      return addDays(today, -back);
    }
    case "reported": {
      // "周一拜访了比亚迪", "called them Friday": a bare weekday in a report is the latest one, today included.
      const back = (today.weekday - weekday + 7) % 7;
      return addDays(today, -back);
    }
    case "coming":
    case null: {
      // A bare weekday is the coming one, never one already gone this week.
      let ahead = (weekday - today.weekday + 7) % 7;
      if (ahead === 0 && !laterToday) ahead = 7;
      return addDays(today, ahead);
    }
  }
}
