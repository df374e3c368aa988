import { PRIORITY_RANGE, type DateCandidate } from "./date-candidate.js";
import { COUNT, countValue } from "./date-words-en.js";
import { meridiemHour } from "./date-rules-en-clock.js";
import { mondayOf, monthEndOf, monthStartOf, type RuleContext } from "./rule-context.js";
import { addDays, addMonths, daysInMonth, dayNumber, weekdayOf, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { clauseAround } from "./clause-bounds.js";
import { weekendReported } from "./weekend-reported.js";

/** Every period pattern below names its unit (week-end included; wk / mo / yr as typed in chats); see rule-hints.ts. */
const UNIT_HINT = /day|week|wk|fortnight|month|mo|quarter|year|yr|decade/iu;

/**
 * English periods counted from today: "next 3 days", "the past two weeks", "this week",
 * "later this month", "the rest of the week", "within 9 months". Each reads as its first
 * day and carries its last one, so a period under way can still be a follow-up.
 */

type Unit = "day" | "week" | "fortnight" | "month" | "quarter" | "year" | "decade";

const UNIT = "(?<unit>day|week|fortnight|month|quarter|year|decade)s?";
const AHEAD = "(?:next|nxt|following|coming|upcoming)";
const BEHIND = "(?:past|last|previous|preceding)";

const RE = {
  // "next 3 days", "the past two weeks", "the 3 next weeks", "5 upcoming years"
  // "only 3 next week" is a count of people: a count before the direction needs a plural unit
  counted: new RegExp(
    String.raw`\b(?:(?<dir>${AHEAD}|${BEHIND})\s+(?<n>${COUNT})\s+(?<biz>(?:business|working|work)\s+)?${UNIT}|(?<n2>${COUNT})\s+(?<dir2>${AHEAD}|${BEHIND})\s+(?<unit2>day|week|fortnight|month|quarter|year|decade)s)\b`,
    "giu",
  ),
  // "this week", "the coming month", "past week", "the following week", "current year"
  // "in the week" / "for the month" is the current one (chrono reads "in the week" as a week from now)
  single: new RegExp(
    String.raw`\b(?:(?<dir>this|current|${AHEAD}|${BEHIND}|same)|(?:in|during|for|of|over|throughout)\s+the)\s+(?:(?:calendar|work(?:ing)?)\s*)?(?<unit>week|wk|fortnight|month|mo|year|yr|decade)\b(?!\s*(?:-\s*)?end)`,
    "giu",
  ),
  // "week 23", "the week 3 of 2027": ISO week numbers
  isoWeek:
    /\b(?:(?:in|during|for)\s+)?(?:the\s+)?week\s+(?<n>[1-9]|[1-4]\d|5[0-3])(?:\s+of\s+(?:(?<year>(?:19|20)\d{2})|(?<rel>this|next|last)\s+year))?\b(?!\s*(?:[:.]\d|days?|weeks?|%))/giu,
  later: /\b(?<when>later|earlier)\s+(?:this|in\s+the)\s+(?<unit>week|month|year)\b/giu,
  rest: /\b(?:the\s+)?(?:rest|remain(?:der|ing))\s+of\s+(?:the|this)\s+(?<unit>week|month|year)\b/giu,
  within: new RegExp(String.raw`\bwithin\s+(?:the\s+)?(?:next\s+)?(?<n>${COUNT})\s+(?<unit>day|week|fortnight|month|year)s?\b`, "giu"),
  allWeek: /\b(?:all|the\s+whole)\s+(?<unit>week|month)\b/giu,
  weekend: /\b(?:(?<after>after)\s+|(?<before>before)\s+)?(?:(?<rel>next|this(?:\s+past)?|coming|last|past|previous|the|on\s+the|on)\s+)?week-?end\b/giu,
} as const;

/** Chat spellings of a unit: "next wk", "this mo", "next yr". */
const UNIT_SPELLINGS: Record<string, Unit> = { wk: "week", mo: "month", yr: "year" };

function unitOf(word: string | undefined): Unit {
  const w = (word ?? "day").toLowerCase();
  return UNIT_SPELLINGS[w] ?? (w as Unit);
}

/** `n` units from `date` (negative goes back); months clamp to the month's end. */
function shift(date: LocalDate, unit: Unit, n: number): LocalDate {
  if (unit === "day" || unit === "week" || unit === "fortnight") return addDays(date, n * (unit === "day" ? 1 : unit === "week" ? 7 : 14));
  const { year, month } = addMonths(date.year, date.month, n * (unit === "month" ? 1 : unit === "quarter" ? 3 : unit === "year" ? 12 : 120));
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function range(index: number, raw: string, start: LocalDate, last: LocalDate): DateCandidate {
  return {
    index,
    end: index + raw.length,
    date: start,
    time: null,
    partOfDayHour: null,
    priority: PRIORITY_RANGE,
    until: { date: last, time: null },
  };
}

/** The calendar period (week from Monday, month, year, decade) `delta` periods from today's. */
function periodOf(ctx: RuleContext, unit: Unit, delta: number): { start: LocalDate; last: LocalDate } {
  const { today } = ctx;
  if (unit === "week" || unit === "fortnight") {
    const start = mondayOf(today, delta * (unit === "week" ? 1 : 2));
    return { start, last: addDays(start, unit === "week" ? 6 : 13) };
  }
  if (unit === "month") return { start: monthStartOf(today, delta), last: monthEndOf(today, delta) };
  const span = unit === "decade" ? 10 : 1;
  const year = (unit === "decade" ? today.year - (today.year % 10) : today.year) + delta * span;
  return { start: { year, month: 1, day: 1 }, last: { year: year + span - 1, month: 12, day: 31 } };
}

function laterDate(a: LocalDate, b: LocalDate): LocalDate {
  return dayNumber(a) >= dayNumber(b) ? a : b;
}

function counted(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.counted)) {
    const g = m.groups ?? {};
    const n = countValue(g.n ?? g.n2);
    if (n === null || n < 1) continue;
    const unit = unitOf(g.unit ?? g.unit2);
    const ahead = new RegExp(`^${AHEAD}$`, "iu").test(g.dir ?? g.dir2 ?? "");
    if (g.biz && unit === "day") {
      out.push(businessDays(m.index ?? 0, m[0], ctx.today, ahead ? n : -n));
      continue;
    }
    if (unit === "quarter") {
      out.push(quarters(m.index ?? 0, m[0], ctx.today, ahead ? n : -n));
      continue;
    }
    // the next 3 days start tomorrow; the past 3 days started 3 days ago and end today
    const start = ahead ? addDays(ctx.today, 1) : shift(ctx.today, unit, -n);
    const last = ahead ? shift(ctx.today, unit, n) : ctx.today;
    out.push(range(m.index ?? 0, m[0], start, last));
  }
}

/** "the next 2 quarters", "the past three quarters": whole calendar quarters next to the current one. */
function quarters(index: number, raw: string, today: LocalDate, n: number): DateCandidate {
  const current = { year: today.year, month: today.month - ((today.month - 1) % 3), day: 1 };
  const start = shift(current, "quarter", n > 0 ? 1 : n);
  const after = shift(start, "quarter", Math.abs(n));
  return range(index, raw, start, addDays(after, -1));
}

const isWeekend = (d: LocalDate): boolean => weekdayOf(d) === 0 || weekdayOf(d) === 6;

/** "the next 4 business days": Monday to Friday only, counted from tomorrow (or back from yesterday). */
function businessDays(index: number, raw: string, today: LocalDate, n: number): DateCandidate {
  const step = n > 0 ? 1 : -1;
  const days: LocalDate[] = [];
  for (let d = addDays(today, step); days.length < Math.abs(n); d = addDays(d, step)) if (!isWeekend(d)) days.push(d);
  const first = days[0] ?? today;
  const last = days[days.length - 1] ?? today;
  return n > 0 ? range(index, raw, first, last) : range(index, raw, last, first);
}

/** "next month at 6pm", "this week 8am": the clock time belongs to the period's first day (chrono would move the day) */
const CLOCK_AFTER = /^\s*(?:(?:at|after|around|from|by|@)\s*)?(?<h>1[0-2]|0?\d)(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.?m\b\.?|p\.?m\b\.?)?(?![\w:])/iu;

function withClockAfter(text: string, c: DateCandidate): DateCandidate {
  const m = CLOCK_AFTER.exec(text.slice(c.end));
  const g = m?.groups;
  if (!m || !g || (!g.ap && !g.mi && !/^\s*(?:at|@)/iu.test(m[0]))) return c;
  const hour = meridiemHour(Number(g.h), g.ap);
  return { ...c, end: c.end + m[0].length, time: { hour, minute: Number(g.mi ?? 0) } };
}

function singles(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.single)) {
    const g = m.groups ?? {};
    const dir = (g.dir ?? "").toLowerCase();
    const delta = new RegExp(`^${AHEAD}$`, "iu").test(dir) ? 1 : new RegExp(`^${BEHIND}$`, "iu").test(dir) ? -1 : 0;
    const unit = unitOf(g.unit);
    const { start, last } = periodOf(ctx, unit, delta);
    const period = range(m.index ?? 0, m[0], start, last);
    const by = delta === 0 && dir !== "" ? stepByOf(ctx.today, unit, last) : null;
    out.push(withClockAfter(ctx.text, by ? { ...period, stepBy: by } : period));
  }
  for (const m of allMatches(ctx.text, RE.isoWeek)) {
    const g = m.groups ?? {};
    const rel = (g.rel ?? "").toLowerCase();
    const year = g.year ? Number(g.year) : ctx.today.year + (rel === "next" ? 1 : rel === "last" ? -1 : 0);
    // ISO week 1 is the week holding January 4th
    const jan4 = { year, month: 1, day: 4 };
    const start = addDays(jan4, -((weekdayOf(jan4) + 6) % 7) + 7 * (Number(g.n) - 1));
    out.push(range(m.index ?? 0, m[0], start, addDays(start, 6)));
  }
  for (const m of allMatches(ctx.text, RE.allWeek)) {
    const { start, last } = periodOf(ctx, unitOf(m.groups?.unit), 0);
    out.push(range(m.index ?? 0, m[0], start, last));
  }
}

/**
 * Where "follow up this week / this month" aims while the period is under way: the working
 * week's Friday (the coming one when said on a Sunday, the first day of a week in the US), the
 * period's last day otherwise.
 */
function stepByOf(today: LocalDate, unit: Unit, last: LocalDate): LocalDate {
  if (unit !== "week") return last;
  const weekday = weekdayOf(today);
  return addDays(today, weekday === 0 ? 5 : 5 - weekday);
}

/** "later this week" is its second part (from Thursday, the 16th, July), never before today. */
function laterOrEarlier(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.later)) {
    const g = m.groups ?? {};
    const unit = unitOf(g.unit);
    const { start, last } = periodOf(ctx, unit, 0);
    if ((g.when ?? "").toLowerCase() === "earlier") {
      out.push(range(m.index ?? 0, m[0], start, laterDate(ctx.today, start)));
      continue;
    }
    const half = unit === "week" ? addDays(start, 3) : unit === "month" ? { ...start, day: 16 } : { ...start, month: 7 };
    const later = range(m.index ?? 0, m[0], laterDate(half, ctx.today), last);
    // said on Thursday the week's later part is Friday; on a Sunday it is the coming week's
    const weekday = weekdayOf(ctx.today);
    const by = unit !== "week" ? null : weekday === 4 ? addDays(ctx.today, 1) : weekday === 0 ? addDays(ctx.today, 4) : null;
    out.push(by ? { ...later, stepBy: by } : later);
  }
  for (const m of allMatches(ctx.text, RE.rest)) {
    const { last } = periodOf(ctx, unitOf(m.groups?.unit), 0);
    out.push(range(m.index ?? 0, m[0], ctx.today, last));
  }
}

/** "within 2 weeks" runs from this moment; as a next step it is a deadline. */
function within(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.within)) {
    const g = m.groups ?? {};
    const n = countValue(g.n);
    if (n === null || n < 1) continue;
    const index = m.index ?? 0;
    const { today } = ctx;
    out.push({
      ...range(index, m[0], today, shift(today, unitOf(g.unit), n)),
      time: { hour: today.hour, minute: today.minute },
      followUpAtEnd: true,
    });
  }
}

/** Saturday and Sunday; a bare "weekend" said on a Sunday is the next one, this one being nearly over. */
function weekends(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.weekend)) {
    const rel = (m.groups?.rel ?? "").toLowerCase();
    const index = m.index ?? 0;
    // "over the weekend had dinner with Globex": a bare weekend in a report is the one just gone.
    const reported =
      !m.groups?.after && !m.groups?.before && /^(?:|the|on\s+the|on)$/u.test(rel) && weekendReported(clauseAround(ctx.text, index, index + m[0].length), m[0]);
    const back = /last|past|previous/u.test(rel) || (reported && ctx.today.weekday !== 6);
    const delta =
      rel === "next" || rel === "coming"
        ? 1
        : m.groups?.after
          ? 0
          : back
            ? ctx.today.weekday === 0
              ? 0
              : -1
            : rel !== "this" && ctx.today.weekday === 0
              ? 1
              : 0;
    const saturday = addDays(mondayOf(ctx.today, delta), 5);
    // "circle back after the weekend": the Monday after it; "wants the SOW before the weekend": the Friday before it
    if (m.groups?.after || m.groups?.before)
      out.push({
        index: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        date: addDays(saturday, m.groups?.after ? 2 : -1),
        time: null,
        partOfDayHour: null,
        priority: PRIORITY_RANGE,
      });
    else out.push(range(m.index ?? 0, m[0], saturday, addDays(saturday, 1)));
  }
}

export function findEnglishPeriods(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!UNIT_HINT.test(ctx.text)) return out;
  counted(ctx, out);
  singles(ctx, out);
  laterOrEarlier(ctx, out);
  within(ctx, out);
  weekends(ctx, out);
  return out;
}
