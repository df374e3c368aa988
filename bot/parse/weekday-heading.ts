import { clauseTense, reportsDone } from "./clause-tense.js";
import type { WeekModifier } from "./resolve-weekday.js";
import type { ParsedDate } from "./types.js";
import type { LocalDateTime } from "./zoned-time.js";

/** Where a heading may start: the message's start, or after a line or list break ("周一：…；周二：…"). */
const HEADING_BEFORE = /(?:^|[\n;；。])\s*(?:[-*•·]\s*|\d{1,2}[.)、]\s*)?$/u;
/** "周三：", "Wed:", "Tue -": the weekday heads the note that follows. */
const HEADING_AFTER = /^\.?\s*(?:[:：]|[-–—]\s)/u;
/** The next weekday heading ends this one's note. */
const NEXT_HEADING = /[\n;；。]\s*(?:(?:周|星期|礼拜)[一二三四五六日天]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*(?:[:：]|[-–—]\s)/iu;
const CLAUSE_BREAK = /[,，.。;；!！?？\n]/u;
/** "Thu: call w dunder mifflin, they want 40 more seats": what the customer told in it reports the note, on any day. */
const CUSTOMER_TOLD =
  /\b(?:they|he|she)\s+(?:want|wants|need|needs|asked|said|liked|loved|agreed|prefer|prefers)\b|(?:对方|客户|他们)(?:说|要求|希望|反馈|表示|想要)/iu;

/**
 * "周三：和腾讯开会，确认了需求", "Tue: Initech call, f/u Mon", written on a Friday: a weekday heading a
 * note dates what the note reports. It is that day (the latest one) when the note reports something
 * done, or when, on a working day, the day is already gone this week and the note opens with no plan; otherwise the
 * weekday is read as any other (null). A diary heading is never a plan of its own.
 */
export function headingWeekdayModifier(text: string, index: number, end: number, weekday: number, today: LocalDateTime): WeekModifier {
  if (!HEADING_BEFORE.test(text.slice(0, index)) || !HEADING_AFTER.test(text.slice(end))) return null;
  const rest = text.slice(end).replace(HEADING_AFTER, "");
  const next = NEXT_HEADING.exec(rest);
  const clauses = (next ? rest.slice(0, next.index) : rest).split(CLAUSE_BREAK).filter((c) => c.trim() !== "");
  if (clauses.some((c) => reportsDone(c) || CUSTOMER_TOLD.test(c))) return "reported";
  const mondayIndex = (d: number) => (d + 6) % 7;
  // at the weekend a heading without a tense may as well plan the coming week
  const workday = today.weekday >= 1 && today.weekday <= 5;
  const goneThisWeek = workday && mondayIndex(weekday) < mondayIndex(today.weekday);
  return goneThisWeek && clauses.length > 0 && clauseTense(clauses[0] ?? "") !== "ahead" ? "reported" : null;
}

/** Where a heading's date stands, for each date already gone that heads a note. */
function goneHeadings(text: string, dates: readonly ParsedDate[], now: Date): Array<{ index: number; end: number }> {
  const out: Array<{ index: number; end: number }> = [];
  for (const d of dates) {
    if (d.at.getTime() > now.getTime()) continue;
    const index = text.indexOf(d.text);
    const separator = index < 0 ? null : HEADING_AFTER.exec(text.slice(index + d.text.length));
    if (separator && HEADING_BEFORE.test(text.slice(0, index))) out.push({ index, end: index + d.text.length + separator[0].length });
  }
  return out;
}

/** "Tue: Initech call, f/u Mon" on a Friday: the note under a heading day already gone was held then, whatever follows it. */
export function headedByGoneDay(text: string, dates: readonly ParsedDate[], now: Date): boolean {
  return goneHeadings(text, dates, now).length > 0;
}

/**
 * The note without its gone heading ("wed - call w globex, they liked the demo"), for reading what was
 * done: a weekday is a word of planning, and "call" after a heading opens the note, it orders nothing.
 */
export function blankGoneHeadings(text: string, dates: readonly ParsedDate[], now: Date): string {
  let out = text;
  for (const { index, end } of goneHeadings(text, dates, now)) out = out.slice(0, index) + " ".repeat(end - index) + out.slice(end);
  return out;
}

/** "华为 这周的情况：周二拜访，周四电话沟通…": a summary of this week, before the weekday. */
/** What heads a summary of a period: "这周的情况：", "本周总结：", "today's recap:". */
export const SUMMARY_NOUNS = "情况|总结|小结|进展|汇总|回顾|工作|跟进情况";
const WEEK_SUMMARY_BEFORE = new RegExp(`(?:这周|本周|这个?星期|本星期|这个?礼拜)(?:的)?(?:${SUMMARY_NOUNS}|跟进)\\s*[:：]`, "u");

/**
 * A weekday said in a summary of this week is this week's day, so one already gone (or today) is the day
 * something was done, whatever tense its own words have ("周二拜访" there is last Tuesday, not the next).
 */
export function weekSummaryModifier(text: string, index: number, weekday: number, today: LocalDateTime): WeekModifier {
  const before = text.slice(0, index);
  if (!WEEK_SUMMARY_BEFORE.test(before) || /下|明天|后天/u.test(before.slice(-3))) return null;
  const mondayIndex = (d: number) => (d + 6) % 7;
  return mondayIndex(weekday) <= mondayIndex(today.weekday) ? "reported" : null;
}
