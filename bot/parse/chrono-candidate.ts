import { clauseAround } from "./clause-bounds.js";
import type { ParsedResult } from "chrono-node";
import { PRIORITY_CHRONO, type DateCandidate, type InvalidDateSpan } from "./date-candidate.js";
import { expandTwoDigitYear } from "./rule-context.js";
import { toUserClock, writtenZoneOffset } from "./explicit-zone.js";
import { chronoRangeEnd } from "./chrono-range-end.js";
import { detectZhWeekModifier, resolveWeekday } from "./resolve-weekday.js";
import { englishWeekdayModifier } from "./weekday-tense-en.js";
import { headingWeekdayModifier, weekSummaryModifier } from "./weekday-heading.js";
import { toldAfterGoneWeekday } from "./weekday-told-after.js";
import { clauseTense, reportsDone, WEEKDAY_DONE_ZH } from "./clause-tense.js";
import {
  addDays,
  compareDates,
  isValidLocalDate,
  nearestYear,
  offsetMinutes,
  zonedParts,
  type LocalDate,
  type LocalDateTime,
  type LocalTime,
} from "./zoned-time.js";

/** A next step right after a weekday that ends the clause ("周五跟进", "周一再联系"); not "周二回复说同意了", "周五联系的小米". */
/** "周一和顺丰的朋友喝茶聊起他们要换系统": what was talked about is theirs; its 要 plans nothing of the weekday's. */
const TALKED_ABOUT_REST = /(?<verb>聊到|聊起|说起|谈到|谈起|提到|讲到)[^]*$/u;
/** A step named in a weekday's own part of a note, with no sign it is done (see stepOfItsOwn). */
const SPACED_STEP_ZH = /^(?!.*(?:了|过(?![去来])|已|完|的))(?=.*(?:电话|打给|回电|拜访|去|见|约|发|寄|跟进|确认|回访|沟通|开会|联系|报价|演示|签|盖章|用印))/u;

const FOLLOW_UP_VERB_AFTER = /^\s*(?:再|要|去)?(?:跟进|回访|联系|回复|答复|确认|催|约)(?=\s*(?:$|[，,。；;!！]|一下))/u;
/** "…方案挺感兴趣周四把报价发过去", "…我说回去申请一下 周一给他们答复" (typed by voice): 把 / 给 something sent or answered, with no 了, is a step ahead. */
const SENDS_AFTER_ZH =
  /^\s*(?:上午|下午|晚上|中午|早上)?(?:再|要|得|会)?(?:把|给)[^，,。；;\s了]{1,12}?(?:发|交|寄|送|提交|报|回|答复|反馈|打电话)(?!了|[^，,。；;\s]{0,3}了)/u;

/**
 * Turns one chrono result into our wall-clock candidate. chrono stays the base
 * parser; this is where its known slips are corrected: machine-zone days in its
 * zh parser, backward bare weekdays, 3am for "3点", and relative phrases that
 * look like weekdays.
 */

/** A calendar date in the phrase ("12月1日周二") outranks the weekday next to it. */
const EXPLICIT_DATE =
  /\d\s*[月/.-]\s*\d|[零〇一二两三四五六七八九十\d]\s*月|\d\s*[日号]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

/**
 * chrono's zh casual parser computes 明天/昨天 from the machine's local clock,
 * ignoring the reference zone, so we recompute those days ourselves.
 */
const ZH_RELATIVE_DAY = /^(大前|大后|今|明|后|昨|前)(?:天|日|早|晚)/u;
const ZH_DAY_OFFSET: Record<string, number> = { 大前: -3, 前: -2, 昨: -1, 今: 0, 明: 1, 后: 2, 大后: 3 };

/** chrono marks relative days ("2 days ago") with a weekday too; only a named weekday is one. */
const WEEKDAY_WORD = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:周|星期|礼拜)[一二三四五六日天1-7]/iu;
/** A month named in words or digits: the day then comes from the text, not from chrono's arithmetic. */
const MONTH_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|[零〇一二两三四五六七八九十\d]\s*月(?!前|后|以|之|内)|\d{4}|\d\s*[/.-]\s*\d/iu;

/** "7月前", "十月之前": a month and "before" without 个 (7个月前 is seven months ago). */
const ZH_MONTH_BEFORE = /^(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:之前|以前|前)$/u;
/** Words that make a month a deadline or the end of a wait: the coming one. */
const MONTH_DEADLINE_BEFORE =
  /(?:\b(?:until|till|til|through|thru|by|before|prior\s+to|no\s+later\s+than)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?|(?:到|直到|截至|截止到?)\s*)$/iu;
const MONTH_DEADLINE_AFTER = /^\s*份?(?:之前|以前|前|底前|底之前|为止)/u;

function chineseMonth(written: string): number {
  if (/^\d+$/u.test(written)) return Number(written);
  const digits = "一二三四五六七八九";
  if (written.startsWith("十")) return 10 + (digits.indexOf(written.slice(1)) + 1);
  return digits.indexOf(written) + 1;
}

/** A separating dash, then a bare count of time: no date at all. */
const DASH_BEFORE_DURATION = /^[-–—]\s+\d/u;

/** "renewal at 1.2M", "closed at 2.5k/mo": the hour chrono read is the start of a figure (the rest of it follows). */
const FIGURE_GOES_ON = /^(?:[.,]\d+)?\s*(?:k|m|mm|mn|bn|b|million|billion|thousand|grand|%|万|千|亿)(?![a-z])/iu;

/** Tokens chrono accepts that are ordinary English words in a chat. */
const AMBIGUOUS_EN = /^(?:now|right now|sun|sat|mon|wed|second)$/iu;
const NOW_ZH = /^(?:现在|刚才|刚刚|目前|此刻)$/u;

/**
 * "ping them wed", "next week, maybe mon", "f/u mon re pricing", "follow up wed if no reply": a lowercase wed / mon that ends its
 * clause or is followed by a time or by what the step is about is the weekday; "wed like a demo" (we'd) and "mon" inside a phrase are not.
 */
const WEEKDAY_ABBREVIATION = /^(?:wed|mon)$/iu;
const WEEKDAY_ABBREVIATION_AFTER =
  /^(?:\s*(?:$|[,.;:!?)\n]|-\s|\d|@|(?:morning|afternoon|evening|night|eod|cob|noon|or|and|at|works?|is\s+(?:fine|good|ok|better)|re|about|regarding|to\s+(?:discuss|review|go\s+over|talk|check|confirm)|w\/|with|then|pls|please|latest|first\s+thing|if|unless|in\s+case|again|too)\b))/iu;
/** "call Sat", "see you Sun": capitalized, as a day is written ("we sat down" is no Saturday). */
const WEEKEND_ABBREVIATION = /^(?:Sat|Sun|SAT|SUN)$/u;
function weekdayAbbreviation(phrase: string, after: string): boolean {
  return (WEEKDAY_ABBREVIATION.test(phrase) || WEEKEND_ABBREVIATION.test(phrase)) && WEEKDAY_ABBREVIATION_AFTER.test(after);
}
const BARE_PART_OF_DAY = /^(?:(?:in\s+the\s+)?(?:morning|afternoon|evening)|上午|早上|早晨|中午|下午|傍晚|晚上)$/iu;

function partOfDayHour(phrase: string): number | null {
  if (/上午|早上|早晨|清早|明早|morning/iu.test(phrase)) return 9;
  if (/中午|\bnoon\b|\blunch/iu.test(phrase)) return 12;
  if (/下午|afternoon/iu.test(phrase)) return 14;
  if (/傍晚|晚上|今晚|明晚|晚饭|evening|tonight|dinner/iu.test(phrase)) return 19;
  return null;
}

/** "3点" in a sales chat is 3pm: nobody books a client call at 3am. */
function businessHour(hour: number, meridiemCertain: boolean, phrase: string): number {
  if (meridiemCertain || hour < 1 || hour > 6) return hour;
  if (/凌晨|早|上午|\bam\b|a\.m|morning/iu.test(phrase)) return hour;
  return hour + 12;
}

/** "by midnight", "before midnight": a deadline at the end of today. */
const MIDNIGHT_BOUND = /\b(?:by|before|no\s+later\s+than)\s+$/iu;

const EVENING_MEAL = /\b(?:dinner|drinks|happy\s+hour|supper)\b/iu;

/** "last night at 8" / "tonight at 9": chrono leaves these at 8am / 9am. */
function eveningHour(hour: number, meridiemCertain: boolean, phrase: string): number {
  // ("midnight tonight" is 0:00, not noon)
  if (meridiemCertain || hour >= 12 || hour === 0) return hour;
  return /\b(?:night|tonight|evening|afternoon)\b|晚|下午|傍晚/iu.test(phrase) ? hour + 12 : hour;
}

export interface Converted {
  candidate: DateCandidate | null;
  invalid: InvalidDateSpan | null;
}

export function fromChrono(result: ParsedResult, text: string, zh: boolean, today: LocalDateTime, timezone: string): Converted {
  const s = result.start;
  const phrase = result.text.trim();
  const index = result.index + (result.text.length - result.text.trimStart().length);
  // chrono drops the 本/下 in "本周五"/"下下周一"; widen the span so the echoed text is what the rep typed
  const before = text.slice(Math.max(0, index - 3), index);
  let prefix = "";
  if (zh && /^(?:周|星期|礼拜)/u.test(phrase)) prefix = before.match(/(?:下下|下|上|本|这)个?$/u)?.[0] ?? "";
  else if (zh && /^下个?(?:周|星期|礼拜)/u.test(phrase) && before.endsWith("下")) prefix = "下";
  const span = { index: index - prefix.length, end: index + phrase.length, text: prefix + phrase };
  if ((AMBIGUOUS_EN.test(phrase) && !weekdayAbbreviation(phrase, text.slice(span.end))) || NOW_ZH.test(phrase)) return { candidate: null, invalid: null };
  if (/\d$/u.test(phrase) && FIGURE_GOES_ON.test(text.slice(span.end))) return { candidate: null, invalid: null };
  // "下午三点三刻": chrono stops at 三点三 (15:03); the quarter is our clock rule's to read
  if (zh && /[一三]$/u.test(phrase) && text[span.end] === "刻") return { candidate: null, invalid: null };
  // "Acme Robotics - 3 yr deal": chrono reads the dash before a duration as minus (three years ago)
  if (DASH_BEFORE_DURATION.test(phrase)) return { candidate: null, invalid: null };

  let time: LocalTime | null = null;
  if (s.isCertain("hour")) {
    let hour = eveningHour(businessHour(s.get("hour") ?? 0, s.isCertain("meridiem"), phrase), s.isCertain("meridiem"), phrase);
    // "dinner tomorrow at 7", "drinks w/ Globex at 8": an evening meal's bare hour is in the evening
    if (!zh && !s.isCertain("meridiem") && hour >= 5 && hour <= 11 && EVENING_MEAL.test(clauseAround(text, span.index, span.end))) hour += 12;
    // chrono merges "midnight tonight" into 12:00
    if (hour === 12 && /\bmidnight\b/iu.test(phrase)) hour = 0;
    time = { hour, minute: s.get("minute") ?? 0, ...(s.isCertain("second") ? { second: s.get("second") ?? 0 } : {}) };
  }
  const dayKnown = s.isCertain("day") || s.isCertain("weekday") || s.isCertain("month") || s.isCertain("year");
  const zoneOffset = time && s.isCertain("timezoneOffset") ? writtenZoneOffset(phrase, s.get("timezoneOffset"), offsetMinutes(new Date(), timezone)) : null;
  // "midnight tonight", "by midnight": the midnight that ends today
  const endsToday =
    time?.hour === 0 && time.minute === 0 && /\bmidnight\b/iu.test(phrase) && (/\btonight\b/iu.test(phrase) || MIDNIGHT_BOUND.test(text.slice(0, span.index)));
  if (endsToday && (!dayKnown || /\btonight\b/iu.test(phrase))) {
    return {
      candidate: { ...span, date: addDays(today, 1), time, partOfDayHour: null, priority: PRIORITY_CHRONO },
      invalid: null,
    };
  }
  if (!dayKnown && time) {
    const todayDate = { year: today.year, month: today.month, day: today.day };
    const moved = zoneOffset !== null ? toUserClock(todayDate, time, zoneOffset, timezone) : null;
    return {
      // a zone that moves the time across midnight moves the day too
      candidate: {
        ...span,
        date: moved && compareDates(moved.date, todayDate) !== 0 ? moved.date : null,
        time: moved?.time ?? time,
        partOfDayHour: null,
        priority: PRIORITY_CHRONO,
        ...chronoRangeEnd(result, { date: null, time }),
      },
      invalid: null,
    };
  }

  let date: LocalDate;
  const weekday = s.get("weekday");
  const relativeDay = zh ? ZH_RELATIVE_DAY.exec(phrase)?.[1] : undefined;
  if (relativeDay !== undefined) {
    date = addDays(today, ZH_DAY_OFFSET[relativeDay] ?? 0);
  } else if (
    (zh && /^(?:上午|早上|下午|晚上|夜晚?|中午|凌晨)/u.test(phrase)) ||
    (!s.isCertain("day") && !s.isCertain("month") && !s.isCertain("year") && !s.isCertain("weekday"))
  ) {
    // A bare part of day ("下午", "this afternoon") is today in the user's zone.
    // chrono's zh parser pins "下午" to the machine's today, so don't trust its day.
    date = { year: today.year, month: today.month, day: today.day };
  } else if (s.isCertain("weekday") && weekday !== null && WEEKDAY_WORD.test(phrase) && !EXPLICIT_DATE.test(phrase)) {
    // chrono resolves bare weekdays backwards ("Tuesday 10am" => last Tuesday) and
    // mis-merges "周二下午"; resolve all relative weekdays one consistent way.
    const preceding = text.slice(Math.max(0, span.index - 12), span.index);
    // "周五前发报价", "要求周三之前回复": a deadline is ahead, whatever the clause reports
    // ("周五下班前提交报价": a part of day may come between)
    const bounding = /^\s*(?:上午|下午|中午|晚上|早上|下班|午饭|中午饭)?(?:之|以)?前(?![天年])(?![^，,。；;\s]{0,8}?(?:了|已))/u.test(
      text.slice(span.end, span.end + 14),
    );
    // "华为 电话 报价已发 周五跟进": a weekday right before a follow-up verb is the next step, whatever else the note reports
    // "合同寄给顺丰了 周五电话确认": a spaced-off part opening with the weekday and naming a step, with no 了 of
    // its own, is what comes next ("周日 跟比亚迪 吃了饭" keeps its report: the verb is not in the weekday's part)
    const stepOfItsOwn =
      zh &&
      /[\p{Script=Han}\p{N}A-Za-z]\s+$/u.test(text.slice(0, span.index)) &&
      SPACED_STEP_ZH.test(text.slice(span.index).split(/[，,。；;！!？?\s]/u)[0] ?? "");
    // "京东周五的拜访 改成周四了": the day an appointment is moved to is the coming one, whatever 了 closes the move
    const movedTo = zh && /(?:改成|改到|改在|推迟到|推到|挪到|延到|换到|调到|提前到)\s*$/u.test(preceding);
    const nextStep =
      FOLLOW_UP_VERB_AFTER.test(text.slice(span.end, span.end + 6)) ||
      (zh && SENDS_AFTER_ZH.test(text.slice(span.end, span.end + 20))) ||
      stepOfItsOwn ||
      movedTo;
    const modifier = zh
      ? (detectZhWeekModifier(span.text, preceding) ??
        headingWeekdayModifier(text, span.index, span.end, weekday, today) ??
        weekSummaryModifier(text, span.index, weekday, today) ??
        // "周三下午拜访的京东 对方要报价": the weekday, the act and 的 tell of that day gone, whatever is planned after
        (WEEKDAY_DONE_ZH.test(text.slice(span.index, span.index + 16)) ? "reported" : null) ??
        (!bounding && !nextStep && reportsDone(clauseAround(text, span.index, span.end).replace(TALKED_ABOUT_REST, "$<verb>")) ? "reported" : null) ??
        (!bounding && !nextStep && toldAfterGoneWeekday(text, span.index, span.end, weekday, today) ? "reported" : null))
      : englishWeekdayModifier(text, span.index, span.end, { weekday, today });
    const nowMinutes = today.hour * 60 + today.minute;
    const laterToday = time !== null && time.hour * 60 + time.minute > nowMinutes;
    // "今天周日还接到小米的电话", "today (Friday)": the weekday said of today is today
    const saidOfToday = weekday === today.weekday && (zh ? /(?:今天|今儿|今日)是?\s*$/u : /\btoday\s*(?:is\s+|,\s*|\(\s*)?$/iu).test(preceding);
    date = saidOfToday ? { year: today.year, month: today.month, day: today.day } : resolveWeekday(weekday, modifier, today, laterToday);
  } else if (zh && ZH_MONTH_BEFORE.test(phrase) && !reportsDone(clauseAround(text, span.index, span.end).replace(span.text, " "))) {
    // "7月前不会采购", "6月之前签约": before July (a deadline), not chrono's "7 months ago" (that is 7个月前)
    const month = chineseMonth(ZH_MONTH_BEFORE.exec(phrase)!.groups!.month!);
    date = { year: month >= today.month ? today.year : today.year + 1, month, day: 1 };
  } else if (!EXPLICIT_DATE.test(phrase) && !MONTH_WORD.test(phrase)) {
    // Relative phrases ("3 days ago", "in 2 weeks", "next month"): chrono did the
    // arithmetic from the instant we gave it; read its answer back in the user's zone.
    const at = zonedParts(s.date(), timezone);
    date = { year: at.year, month: at.month, day: at.day };
  } else {
    const month = s.get("month") ?? today.month;
    // a month on its own ("3月份", "in March") means its first day, not chrono's today-of-month
    const day = s.isCertain("day") ? (s.get("day") ?? 1) : s.isCertain("month") ? 1 : (s.get("day") ?? today.day);
    // chrono picks different years for "3月5号" (zh) and "March 5" (en); use one rule for both
    let year = s.isCertain("year") || !s.isCertain("month") ? (s.get("year") ?? today.year) : nearestYear(today, month, day);
    // A month without a day: "until July" / "7月份之前" is the coming one, "signed in March" the last one.
    if (s.isCertain("month") && !s.isCertain("day") && !s.isCertain("year")) {
      const lead = text.slice(Math.max(0, span.index - 24), span.index);
      const tail = text.slice(span.end, span.end + 6);
      // "last March" said in March is a year ago; "next March" the coming one
      if (/\blast\s+$/iu.test(lead)) year = month < today.month ? today.year : today.year - 1;
      else if (/\bnext\s+$/iu.test(lead)) year = month > today.month ? today.year : today.year + 1;
      else if (MONTH_DEADLINE_BEFORE.test(lead) || MONTH_DEADLINE_AFTER.test(tail)) year = month >= today.month ? today.year : today.year + 1;
      else if (reportsDone(clauseAround(text, span.index, span.end))) year = month <= today.month ? today.year : today.year - 1;
      // "revisit in jan", "Initech said circle back in January" said in March: an order's month is the coming one
      // ("this September" is this year's, gone or not)
      else if (!zh && !/\bthis\s+$/iu.test(lead) && clauseTense(clauseAround(text, span.index, span.end)) === "ahead")
        year = month >= today.month ? today.year : today.year + 1;
    }
    // chrono reads "18年10月1日" as 1918
    // and "03/18/40" as 2040; two-digit years take the nearest century, as 26年 does
    const shortYear = zh ? /^(\d{2})\s*年/u.exec(phrase) : /^\d{1,2}[/.-]\d{1,2}[/.-](\d{2})(?![\d/.-])/u.exec(phrase);
    if (shortYear) year = expandTwoDigitYear(Number(shortYear[1]), today.year);
    date = { year, month, day };
  }
  if (!isValidLocalDate(date)) return { candidate: null, invalid: span };
  if (time && zoneOffset !== null) ({ date, time } = toUserClock(date, time, zoneOffset, timezone));
  return {
    // a bare "afternoon" / "下午" has no day of its own: left open, it joins the day written
    // next to it ("Wednesday in the afternoon"); alone parseDates reads it as today
    candidate: {
      ...span,
      date: !time && BARE_PART_OF_DAY.test(phrase) ? null : date,
      time,
      partOfDayHour: time ? null : partOfDayHour(phrase),
      priority: PRIORITY_CHRONO,
      ...chronoRangeEnd(result, { date, time }),
    },
    invalid: null,
  };
}

/** A clause that tells what was done, not one that arranges something ("约了周五拜访" plans). */
