import { clauseAround } from "./clause-bounds.js";
import { reportsDone } from "./clause-tense.js";
import type { DateCandidate } from "./date-candidate.js";
import { addDays, compareDates, type LocalDateTime } from "./zoned-time.js";

/** "这周五", "本星期三", "这个礼拜二" — this week's day (not its Sunday, which is never gone). */
const THIS_WEEKDAY_ZH = /^(?:本|这个?|今个?)(?:周|星期|礼拜)的?(?:周|星期|礼拜)?[一二三四五六1-6]/u;
const ARRANGED_ZH = /提醒|约|安排|准备|计划|打算|要去|会去|过去|记得|别忘/u;
/** "约了", "定好了": the 了 of an arrangement made reports no meeting held */
export const ARRANGED_DONE_ZH = /(?:约|定|安排|订)(?:好)?了/gu;
const REPORTED_ZH = /[了过]|说|来电|打电话来|打来|聊得|谈得|反馈|表示|催/u;
/** "this Friday", "this coming Mon" */
/** (a whole word: "this month" is no Monday) */
const THIS_WEEKDAY_EN =
  /^this\s+(?:coming\s+)?(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/iu;

/** "this Friday-Jun-15", "这周五(12月4日)": the calendar date said settles which Friday. */
const DATE_SAID = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)\b|\d\s*[月号]|月\s*\d/iu;

/**
 * "meeting with Globex this Friday 2pm" said on a Sunday: "this Friday" is the coming one — an
 * English speaker's "this Friday" is the next Friday, and an appointment told without a report is ahead. In
 * Chinese 这周五 is the calendar week's, so it moves only on a Sunday, when the rep's week has turned ("华为这周五
 * 下午2点开会，提前半小时提醒我"). A clause that reports ("met Globex this Monday", "这周五开会了") keeps the day gone.
 */
export function thisWeekdaysAhead(candidates: DateCandidate[], text: string, today: LocalDateTime): DateCandidate[] {
  return candidates.map((c) => {
    if (!c.date || compareDates(c.date, today) >= 0) return c;
    const written = text.slice(c.index, c.end);
    const english = THIS_WEEKDAY_EN.test(written);
    if (!english && !(today.weekday === 0 && THIS_WEEKDAY_ZH.test(written))) return c;
    // In Chinese only an appointment moves: a clock time or a word of arranging or reminding, in a message
    // that reports nothing ("这周二跟腾讯吃饭聊得不错", "这周三华为打电话来催报价" are last Tuesday's, Wednesday's)
    const appointment = english || ((c.time !== null || ARRANGED_ZH.test(text)) && !REPORTED_ZH.test(text.replace(ARRANGED_DONE_ZH, " ")));
    if (!appointment || DATE_SAID.test(written) || compareDates(c.date, addDays(today, -7)) <= 0 || reportsDone(clauseAround(text, c.index, c.end))) return c;
    return { ...c, date: addDays(c.date, 7) };
  });
}
