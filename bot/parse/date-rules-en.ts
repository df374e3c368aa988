import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { englishWeekday } from "./english-weekday.js";
import { findEnglishCalendarDates } from "./date-rules-en-calendar.js";
import { findEnglishClockTimes } from "./date-rules-en-clock.js";
import { findEnglishSpokenClockTimes } from "./date-rules-en-spoken-clock.js";
import { findEnglishWeekdayDates } from "./date-rules-en-weekday-date.js";
import { findEnglishQuarterDates } from "./date-rules-en-quarter.js";
import { findEnglishYearDates } from "./date-rules-en-year.js";
import { findEnglishWeekdayCounts } from "./date-rules-en-weekday-count.js";
import { findEnglishExtraHolidays } from "./date-rules-en-holiday-extra.js";
import { findEnglishNowPhrases } from "./date-rules-en-now.js";
import { findEnglishAbbreviatedMonths } from "./date-rules-en-month-abbrev.js";
import { findEnglishSpelledYearDates } from "./date-rules-en-spelled-year.js";
import { findEnglishWeekdayOffsets } from "./date-rules-en-weekday-offset.js";
import { findEnglishFractionOffsets } from "./date-rules-en-fraction-offset.js";
import { findEnglishStepWaits } from "./date-rules-en-step-offset.js";
import { findEnglishMilitaryTimes } from "./date-rules-en-military-time.js";
import { findEnglishChatDays } from "./date-rules-en-chat-days.js";
import { findEnglishNextMornings } from "./date-rules-en-next-morning.js";
import { findEnglishWeekdayParts } from "./date-rules-en-weekday-part.js";
import { findEnglishWeekCommencing } from "./date-rules-en-week-commencing.js";
import { latestDayOfMonth, mondayOf, monthEndOf, monthStartOf, upcomingDayOfMonth, type RuleContext } from "./rule-context.js";
import { clauseAround } from "./clause-bounds.js";
import { reportsDone as clauseReportsDone } from "./clause-tense.js";
import { addDays, addMonths, daysInMonth, nearestYear, type LocalDate, type LocalTime } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { MONTH_STEM } from "./rule-hints.js";

/**
 * English phrasings chrono (2.10) misses or reads differently from a sales rep:
 * month and week boundaries, "the 15th", "20th of next month", "mid-March",
 * "next week Friday" and the business clock words EOD / COB.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH_NAME = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAY_NAME = String.raw`(?<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)`;
/** Close of business is the office closing at 17:00. */
const CLOSE_OF_BUSINESS: LocalTime = { hour: 17, minute: 0 };
const END_OF_DAY: LocalTime = { hour: 23, minute: 59, second: 59 };
const LUNCH: LocalTime = { hour: 12, minute: 0 };
const MEAL_HINT = /lunch|dinner|supper|breakfast/iu;
const AT_MEAL: Record<string, LocalTime> = { breakfast: { hour: 8, minute: 0 }, lunch: LUNCH, dinner: { hour: 18, minute: 30 } };
const AFTER_MEAL: Record<string, LocalTime> = { breakfast: { hour: 9, minute: 0 }, lunch: { hour: 13, minute: 30 }, dinner: { hour: 20, minute: 0 } };

const RE = {
  monthEdge: /\b(?:(?<edge>early|beginning\s+of|start\s+of|mid|middle\s+of|late|end\s+of)[\s-]+(?:the\s+)?)?(?<rel>next|this|last|previous|the)\s+month\b/giu,
  // "EOM", "by month end", "month-end close": the last day of this month
  eom: /\bEOM\b|\b(?:(?:this|the)\s+)?month[\s-]end\b(?!\s+(?:close|closing|report|reporting|numbers|review))/giu,
  weekEdge:
    /\b(?<edge>early|beginning\s+of|start\s+of|mid-?week|mid(?:dle\s+of)?|end\s+of|late|EOW)(?:[\s-]+(?:the\s+)?(?<rel>next|nxt|this|last)?\s*(?:week|wk))?\b/giu,
  weekAfterNext: /\b(?:the\s+)?week\s+after\s+next\b/giu,
  nextWeek: /\b(?<rel>next|last|previous)\s+week(?!end)\b(?!\s*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun))/giu,
  weekend: /\b(?:(?<rel>next|this|the|on\s+the|on)\s+)?weekend\b/giu,
  // chrono dates "last night" from the machine's clock; these are the user's days
  dayPart:
    /\b(?:(?<day>last|yesterday|tomorrow|tmrw|this)\s+(?<part>morning|afternoon|evening|night)|(?<chat>tonite|2nite|2night))(?:,?\s+(?:at|around|about|@)\s*(?<h>\d{1,2})(?::(?<mi>[0-5]\d))?\s*(?<ap>am|pm|a\.m\.|p\.m\.)?)?(?![\w:])/giu,
  wholeYear: /\b(?<rel>next|last)\s+year\b/giu,
  weekWeekday: new RegExp(String.raw`\b(?<rel>next|this|last|previous)\s+week(?:\s*-\s*|\s+on\s+|,?\s+)${WEEKDAY_NAME}\b`, "giu"),
  ordinalOfMonth:
    /\b(?:the\s+)?(?<day>\d{1,2})(?<suffix>st|nd|rd|th)?\s+(?:day\s+)?(?:(?<of>of\s+)?(?:the\s+)?(?<rel>next|this|last|previous|current|following|coming)|of\s+the)\s+month\b/giu,
  theOrdinal:
    /\b(?:(?:on|by|for|until|before|after)\s+the\s+(?<bare>\d{1,2})|(?:(?:on|by|for|until|before|after)\s+)?the\s+(?<day>\d{1,2})(?:st|nd|rd|th)|(?<=\b(?:f\/u|follow[\s-]?up(?:\s+on)?|due|by|on|until|till|til|before|after)\s+)(?<cued>\d{1,2})(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|last|previous|current|following|coming|the\s+month))(?!(?<=\d)[-\s]*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seats?|users?|licen[cs]es?|floors?|units?|pages?|items?|points?|steps?|tiers?|options?|persons?|people|percent|%|k\b|m\b|x\b))(?!(?<=[a-z])\s+(?:floor|option|tier|place|round|row|version|step|page|item|level|grade|edition|quarter|century|day|week|month|year|module|phase|stage|session)s?\b)/giu,
  monthPart: new RegExp(String.raw`\b(?<edge>early|mid|middle\s+of|late|end\s+of|beginning\s+of|start\s+of)[\s-]+${MONTH_NAME}\b`, "giu"),
  // "by the end of 2027", "mid 2027", "early 2028": a written year's edge (not "end of 2027 units")
  numberedYearEdge:
    /\b(?<edge>end\s+of|beginning\s+of|start\s+of|middle\s+of|mid|early|late)[\s-]+(?:the\s+year\s+)?(?<year>(?:19|20)\d{2})\b(?![\d.,:/-]\d|\s*(?:%|k\b|units?\b|pcs\b|people\b|usd\b|dollars?\b|seats?\b))/giu,
  // "before year end", "by year-end": the year's last day, as EOY
  yearEdge:
    /\b(?<edge>end\s+of|beginning\s+of|start\s+of|early|late)\s+(?:the\s+)?(?<rel>next|this|last)?\s*year\b|\bEOY\b|(?<=\b(?:by|before|until|till|til|at|for|around)\s+(?:the\s+)?)year[\s-]end\b/giu,
  fromAnchor:
    /\b(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|month|year)s?\s+(?<dir>from|after|before)\s+(?<anchor>today|tomorrow|tmrw|yesterday)\b/giu,
  // "end of tomorrow", "by the end of Friday": the day's last minute, glued to the day named right after
  closeOfBusiness:
    /\b(?:EOD|COB|close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day|end\s+of\s+(?:the\s+)?(?=(?:today|tomorrow|tmrw|(?:this\s+|next\s+|the\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day)\b))/giu,
  // "after lunch tomorrow", "Friday at lunch": a clock time glued to the day named beside it (today alone)
  // "after dinner", "at breakfast": the same for the other meals
  lunch:
    /\b(?:(?<after>after)\s+(?<meal>lunch|dinner|supper|breakfast)|(?:at|around|by|over)\s+(?<meal2>lunch|dinner|supper|breakfast)(?:\s*time)?|(?<meal3>lunch|dinner|supper|breakfast)time)\b/giu,
} as const;

// Each family below first checks for a word all of its patterns need (see rule-hints.ts).
/** monthEdge names "month", eom is "EOM". */
const MONTH_EDGE_HINT = /month|eom/iu;
/** weekEdge keeps only matches with "week" or "EOW"; dayPart needs a part of the day ("tonite" too); wholeYear "year". */
const WEEK_EDGE_HINT = /week|wk|eow|morning|afternoon|evening|night|nite|year/iu;
/** theOrdinal needs "the 5" or "5th", monthPart a month, the others "month", "year", "EOY" or a four-digit year. */
const DAYS_OF_MONTH_HINT = /month|year|eoy|\d\d\d\d|the\s+\d|\d(?:st|nd|rd|th)\b/iu;
/** fromAnchor counts from a named day. */
const ANCHOR_HINT = /today|tomorrow|tmrw|yesterday/iu;
/** EOD, COB, close of business, end of (the) day / a named day. */
const CLOSE_HINT = /eod|cob|close|end/iu;

function dateOnly(index: number, raw: string, date: LocalDate): DateCandidate {
  return { index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE };
}

function relDelta(rel: string | undefined): number {
  const r = (rel ?? "").toLowerCase();
  if (r === "next" || r === "nxt" || r === "following" || r === "coming") return 1;
  if (r === "last" || r === "previous") return -1;
  return 0;
}

function monthEdges(ctx: RuleContext, out: DateCandidate[]): void {
  const { text, today } = ctx;
  if (!MONTH_EDGE_HINT.test(text)) return;
  for (const m of allMatches(text, RE.monthEdge)) {
    const g = m.groups ?? {};
    const edge = (g.edge ?? "").toLowerCase();
    const delta = relDelta(g.rel);
    const start = monthStartOf(today, delta);
    let date: LocalDate;
    if (edge.startsWith("mid")) date = { ...start, day: 15 };
    else if (edge === "late" || edge.startsWith("end")) date = monthEndOf(today, delta);
    else if (edge === "" && delta === 0)
      continue; // "this month" alone is too vague to schedule
    else date = start;
    out.push(dateOnly(m.index ?? 0, m[0], date));
  }
  for (const m of allMatches(text, RE.eom)) out.push(dateOnly(m.index ?? 0, m[0], monthEndOf(today, 0)));
}

// ("they'll revert by quarter end", "decision by quarter-end": said the other way round, as month-end is)
const END_OF_QUARTER =
  /\b(?:eoq|end\s+of\s+(?:the\s+|this\s+)?(?:quarter|qtr|q)|(?:(?:this|the)\s+)?(?:quarter|qtr)[\s-]end\b(?!\s+(?:close|closing|report|reporting|numbers|review|push|results)))\b/giu;

/** "redlines expected by EOQ", "decision by end of quarter", "by quarter end": the last day of this quarter. */
function quarterEnd(ctx: RuleContext, out: DateCandidate[]): void {
  if (!/eoq|quarter|qtr|\bq\b/iu.test(ctx.text)) return;
  const lastMonth = Math.ceil(ctx.today.month / 3) * 3;
  for (const m of allMatches(ctx.text, END_OF_QUARTER)) {
    out.push(dateOnly(m.index ?? 0, m[0], { year: ctx.today.year, month: lastMonth, day: daysInMonth(ctx.today.year, lastMonth) }));
  }
}

function weekEdges(ctx: RuleContext, out: DateCandidate[]): void {
  const { text, today } = ctx;
  if (!WEEK_EDGE_HINT.test(text)) return;
  for (const m of allMatches(text, RE.weekEdge)) {
    const g = m.groups ?? {};
    const edge = (g.edge ?? "").toLowerCase();
    const hasWeek = /week|wk/iu.test(m[0]);
    if (!hasWeek && edge !== "eow") continue;
    let delta = relDelta(g.rel);
    if (edge === "eow" || edge.startsWith("end") || edge === "late") {
      // Friday is the business end of a week; said on a weekend, "end of the week" is the next one.
      if (g.rel === undefined && (today.weekday === 6 || today.weekday === 0)) delta += 1;
      out.push(dateOnly(m.index ?? 0, m[0], addDays(mondayOf(today, delta), 4)));
    } else if (edge.startsWith("mid")) {
      // the middle of a week is its Wednesday; a bare "midweek" said after it is the next one
      if (g.rel === undefined && /week/iu.test(edge) && (today.weekday > 3 || today.weekday === 0)) delta += 1;
      out.push(dateOnly(m.index ?? 0, m[0], addDays(mondayOf(today, delta), 2)));
    } else {
      out.push(dateOnly(m.index ?? 0, m[0], mondayOf(today, delta)));
    }
  }
  for (const m of allMatches(text, RE.weekAfterNext)) {
    out.push(dateOnly(m.index ?? 0, m[0], mondayOf(today, 2)));
  }
  for (const m of allMatches(text, RE.nextWeek)) {
    out.push(dateOnly(m.index ?? 0, m[0], mondayOf(today, relDelta(m.groups?.rel))));
  }
  for (const m of allMatches(text, RE.weekend)) {
    // a bare "weekend" said on a Sunday is the next one: this one is nearly over
    const rel = (m.groups?.rel ?? "").toLowerCase();
    const delta = rel === "next" ? 1 : rel !== "this" && today.weekday === 0 ? 1 : 0;
    out.push(dateOnly(m.index ?? 0, m[0], addDays(mondayOf(today, delta), 5)));
  }

  for (const m of allMatches(text, RE.dayPart)) {
    const g = m.groups ?? {};
    const day = (g.day ?? "").toLowerCase();
    // chat spellings of "tonight" ("tonite", "2nite") are this evening
    const offset = day === "last" || day === "yesterday" ? -1 : day === "this" || g.chat ? 0 : 1;
    const part = (g.part ?? "").toLowerCase();
    const hour = part === "morning" ? 9 : part === "afternoon" ? 14 : 19;
    const index = m.index ?? 0;
    let time: LocalTime | null = null;
    if (g.h !== undefined) {
      const h = Number(g.h) % 12;
      // "last night at 8" is 20:00; "this morning at 8" stays 08:00
      const pm = g.ap ? /p/iu.test(g.ap) : part !== "morning";
      time = { hour: pm ? h + 12 : h, minute: Number(g.mi ?? 0) };
    }
    out.push({ index, end: index + m[0].length, date: addDays(today, offset), time, partOfDayHour: time ? null : hour, priority: PRIORITY_RULE });
  }
  for (const m of allMatches(text, RE.wholeYear)) {
    // "next year" as a date is its first day, like 明年
    out.push(dateOnly(m.index ?? 0, m[0], { year: today.year + relDelta(m.groups?.rel), month: 1, day: 1 }));
  }
  for (const m of allMatches(text, RE.weekWeekday)) {
    const g = m.groups ?? {};
    const weekday = englishWeekday(g.weekday);
    if (weekday < 0) continue;
    out.push(dateOnly(m.index ?? 0, m[0], addDays(mondayOf(today, relDelta(g.rel)), (weekday + 6) % 7)));
  }
}

const STEP_BEFORE =
  /\b(?:follow[\s-]?up|f\/u|fu|check\s+in|circle\s+back|ping\s+them|reach\s+out|call\s+(?:them\s+|him\s+|her\s+)?back|touch\s+base|reconnect|regroup)(?:\s+(?:with\s+\S+|them|him|her))?\s*(?:on\s+)?$/iu;

function daysOfMonth(ctx: RuleContext, out: DateCandidate[]): void {
  const { text, today } = ctx;
  if (!DAYS_OF_MONTH_HINT.test(text) && !MONTH_STEM.test(text)) return;
  for (const m of allMatches(text, RE.ordinalOfMonth)) {
    const g = m.groups ?? {};
    // "5 next month" is a count; "the 21st this month" is a day
    if (g.rel !== undefined && g.of === undefined && g.suffix === undefined && !/^the\s/iu.test(m[0])) continue;
    const { year, month } = addMonths(today.year, today.month, relDelta(g.rel));
    // an impossible day stays as typed so parseDates reports it instead of shifting it
    out.push(dateOnly(m.index ?? 0, m[0], { year, month, day: Number(g.day) }));
  }
  for (const m of allMatches(text, RE.theOrdinal)) {
    const day = Number(m.groups?.day ?? m.groups?.bare ?? m.groups?.cued);
    if (day < 1 || day > 31) continue; // reported by findInvalidDates
    const raw = m[0].trimStart();
    const index = (m.index ?? 0) + m[0].length - raw.length;
    // "Globex signed on the 3rd" reports the latest 3rd; "call them on the 3rd" is the coming one,
    // and so is a deadline in a report ("told them I'd get back by the 20th")
    // …and so is a step named right before it ("meeting went great, follow up the 18th")
    const deadline =
      /\b(?:by|before|until|till|til|no\s+later\s+than)\s*$/iu.test(text.slice(Math.max(0, index - 16), index)) ||
      /^(?:by|before|until|till)\b/iu.test(raw) ||
      STEP_BEFORE.test(text.slice(Math.max(0, index - 30), index));
    const reported = !deadline && clauseReportsDone(clauseAround(text, index, index + raw.length));
    out.push(dateOnly(index, raw, (reported && latestDayOfMonth(today, day)) || upcomingDayOfMonth(today, day)));
  }
  for (const m of allMatches(text, RE.monthPart)) {
    const g = m.groups ?? {};
    const month = MONTHS.findIndex((p) => (g.month ?? "").toLowerCase().startsWith(p)) + 1;
    if (month < 1 || g.month === "may" || g.month === "mar") continue;
    const edge = (g.edge ?? "").toLowerCase();
    const year = nearestYear(today, month, 15);
    const day = edge.startsWith("mid") ? 15 : edge === "late" || edge.startsWith("end") ? daysInMonth(year, month) : 1;
    out.push(dateOnly(m.index ?? 0, m[0], { year, month, day }));
  }
  for (const m of allMatches(text, RE.numberedYearEdge)) {
    const g = m.groups ?? {};
    const year = Number(g.year);
    const edge = (g.edge ?? "").toLowerCase();
    // mid-year is 1 July, like 年中; the start and end are the year's first and last day
    const date = edge.startsWith("mid")
      ? { year, month: 7, day: 1 }
      : /^(?:early|beginning|start)/u.test(edge)
        ? { year, month: 1, day: 1 }
        : { year, month: 12, day: 31 };
    out.push(dateOnly(m.index ?? 0, m[0], date));
  }
  for (const m of allMatches(text, RE.yearEdge)) {
    const g = m.groups ?? {};
    const year = today.year + relDelta(g.rel);
    const edge = (g.edge ?? "end").toLowerCase();
    const start = edge === "early" || edge.startsWith("beginning") || edge.startsWith("start");
    out.push(dateOnly(m.index ?? 0, m[0], start ? { year, month: 1, day: 1 } : { year, month: 12, day: 31 }));
  }
}

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const ANCHOR_OFFSET: Record<string, number> = { today: 0, tomorrow: 1, tmrw: 1, yesterday: -1 };

/** "three weeks from tomorrow", "two days before yesterday": chrono only sees the anchor. */
function offsetsFromAnchor(ctx: RuleContext, out: DateCandidate[]): void {
  if (!ANCHOR_HINT.test(ctx.text)) return;
  for (const m of allMatches(ctx.text, RE.fromAnchor)) {
    const g = m.groups ?? {};
    const n = SMALL_NUMBERS[(g.n ?? "").toLowerCase()] ?? Number(g.n);
    const sign = (g.dir ?? "").toLowerCase() === "before" ? -1 : 1;
    const anchor = addDays(ctx.today, ANCHOR_OFFSET[(g.anchor ?? "").toLowerCase()] ?? 0);
    const unit = (g.unit ?? "").toLowerCase();
    let date: LocalDate;
    if (unit === "day" || unit === "week") date = addDays(anchor, sign * n * (unit === "week" ? 7 : 1));
    else {
      const { year, month } = addMonths(anchor.year, anchor.month, sign * n * (unit === "year" ? 12 : 1));
      date = { year, month, day: Math.min(anchor.day, daysInMonth(year, month)) };
    }
    out.push(dateOnly(m.index ?? 0, m[0], date));
  }
}

export function findEnglishRuleDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  offsetsFromAnchor(ctx, out);
  out.push(
    ...findEnglishClockTimes(ctx),
    ...findEnglishSpokenClockTimes(ctx),
    ...findEnglishWeekdayDates(ctx),
    ...findEnglishQuarterDates(ctx),
    ...findEnglishYearDates(ctx),
    ...findEnglishWeekdayCounts(ctx),
    ...findEnglishExtraHolidays(ctx),
    ...findEnglishNowPhrases(ctx),
    ...findEnglishAbbreviatedMonths(ctx),
    ...findEnglishSpelledYearDates(ctx),
    ...findEnglishWeekdayOffsets(ctx),
    ...findEnglishFractionOffsets(ctx),
    ...findEnglishStepWaits(ctx),
    ...findEnglishMilitaryTimes(ctx),
    ...findEnglishChatDays(ctx),
    ...findEnglishNextMornings(ctx),
    ...findEnglishWeekdayParts(ctx),
    ...findEnglishWeekCommencing(ctx),
    ...findEnglishCalendarDates(ctx),
  );
  monthEdges(ctx, out);
  weekEdges(ctx, out);
  quarterEnd(ctx, out);
  daysOfMonth(ctx, out);
  for (const m of CLOSE_HINT.test(ctx.text) ? allMatches(ctx.text, RE.closeOfBusiness) : []) {
    const index = m.index ?? 0;
    // COB is the office closing; EOD / end of day is the day's last minute, as the public suites read it
    const time = /COB|close/iu.test(m[0]) ? CLOSE_OF_BUSINESS : END_OF_DAY;
    // a clock time only: parseDates glues it to an adjacent day ("EOD tomorrow") or takes today
    out.push({ index, end: index + m[0].length, date: null, time, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  for (const m of MEAL_HINT.test(ctx.text) ? allMatches(ctx.text, RE.lunch) : []) {
    const index = m.index ?? 0;
    const g = m.groups ?? {};
    const meal = (g.meal ?? g.meal2 ?? g.meal3 ?? "lunch").toLowerCase();
    const time: LocalTime = (g.after ? AFTER_MEAL : AT_MEAL)[meal === "supper" ? "dinner" : meal] ?? LUNCH;
    out.push({ index, end: index + m[0].length, date: null, time, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
