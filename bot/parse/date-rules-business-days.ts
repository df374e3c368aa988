import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { isWorkingDay } from "./holiday-calendar.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { englishWordsToNumber } from "./english-number-words.js";

/**
 * "next business day", "in 2 business days", "下个工作日回复", "3个工作日内": counted in working days (Chinese
 * public holidays and 调休 Saturdays included), which chrono does not know: each set no follow-up. A span ("内",
 * "within") is due on its last day.
 */
// ("in 3 biz days", "he says 2 biz days": the chat spelling, and a count someone gave for the wait)
const EN =
  /\b(?:(?<next>next|following)\s+(?:business|working|work|biz)\s+day|(?:(?:in|within)\s+|(?<=\b(?:says?|said|needs?|needed|takes?|took|quoted|estimates?|~|about|another|more)\s+))(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:business|working|work|biz|bus\.?)\s+days?)\b/giu;
// "元旦后第一个工作日", "节后第一个工作日": the first working day after a day said is that day's rule, not one from today
const ZH = /(?<next>下一?个工作日)|(?<![后第])(?<zn>[\d一二两三四五六七八九十]{1,3})\s*个?工作日(?:内|之内|以内|后|之后|以后)?/gu;

function workingDaysAfter(from: LocalDate, n: number): LocalDate {
  let day = from;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

export function findBusinessDayDates(ctx: RuleContext): DateCandidate[] {
  if (!/business|working|work\s+day|\bbiz\s+day|\bbus\.?\s+day|工作日/iu.test(ctx.text)) return [];
  const out: DateCandidate[] = [];
  const push = (index: number, raw: string, n: number) => {
    if (!(n >= 1 && n <= 60)) return;
    out.push({ index, end: index + raw.length, date: workingDaysAfter(ctx.today, n), time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  };
  for (const m of allMatches(ctx.text, EN)) {
    const g = m.groups ?? {};
    push(m.index ?? 0, m[0], g.next ? 1 : Number(g.n) || (englishWordsToNumber(g.n ?? "") ?? 0));
  }
  for (const m of allMatches(ctx.text, ZH)) {
    const g = m.groups ?? {};
    push(m.index ?? 0, m[0], g.next ? 1 : (parseSmallInt(g.zn ?? "") ?? 0));
  }
  return out;
}
