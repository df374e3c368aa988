import type { ActivityMention } from "./infer-activity.js";
import type { ParsedDates } from "./parse-dates.js";
import { clauseTense } from "./clause-tense.js";
import { splitClauses } from "./split-clauses.js";
import type { ParsedDate } from "./types.js";

/**
 * A month and day without a year ("June 21", "3月3日") is read as the nearer one, back or ahead.
 * The clause's tense knows better when that reading is months away: "call Acme on June 21" typed
 * in November plans next June, "met Globex on March 3" / "3月3日拜访了华为" reports last March,
 * "called Acme, follow up June 21" follows up next June; "会议定在7/24" typed in December is next July. Only such a date moves, by one year, and
 * only when months away: a date days off is the rep's slip more likely than a year off.
 */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:[\s-][a-z]+)?)`;
const YEARLESS = new RegExp(
  String.raw`^(?:on\s+|the\s+)?(?:${MONTH}\s+${DAY}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|(?:1[0-2]|0?[1-9])\s*\/\s*(?:3[01]|[12]\d|0?[1-9]))(?:\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?|\s*[上下]午\s*\d{1,2}\s*点(?:半|\d{1,2}分?)?)?$`,
  "iu",
);
/**
 * "contract ends 6/30, reach out 2 mos before": a wait counted back from the date before it moves
 * with that date, and is the step to follow up on.
 */
const COUNTED_FROM_EARLIER =
  /^(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|wk|w|month|mo|year|yr)s?\s+(?:before|prior|ahead|beforehand|in\s+advance|earlier)$/iu;
/** Nearer than this, the date stays as read. */
const FAR_MS = 60 * 24 * 3600_000;

function moved(date: ParsedDate, years: number): ParsedDate {
  const at = new Date(date.at);
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return { ...date, at };
}

export function yearlessByTense(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date): ParsedDates {
  if (dates.dates.length === 0 || !dates.dates.some((d) => YEARLESS.test(d.text.trim()))) return dates;
  const clauses = splitClauses(text);
  const t = now.getTime();
  let changed = false;
  let from = 0;
  let lastMove = 0;
  const all = dates.dates.map((d) => {
    const index = d.text ? text.indexOf(d.text, from) : -1;
    if (index >= 0) from = index + d.text.length;
    if (lastMove !== 0 && COUNTED_FROM_EARLIER.test(d.text.trim())) return moved(d, lastMove);
    lastMove = 0;
    if (index < 0 || !YEARLESS.test(d.text.trim())) return d;
    const at = clauses.findIndex((c) => index >= c.index && index < c.index + c.text.length);
    if (at < 0) return d;
    // the activity's clause goes by the activity; another ("follow up June 21") by its own words
    const tense = logged && at === logged.clause ? (logged.planned ? "ahead" : "past") : clauseTense(clauses[at]!.text);
    const away = d.at.getTime() - t;
    if (tense === "ahead" && away < -FAR_MS) lastMove = 1;
    if (tense === "past" && away > FAR_MS) lastMove = -1;
    if (lastMove === 0) return d;
    changed = true;
    return moved(d, lastMove);
  });
  if (!changed) return dates;
  const ahead = all.filter((d) => d.at.getTime() > t);
  const kept = dates.followUp;
  const reminder = remindBefore(dates, all, t);
  return {
    ...(reminder ? { reminded: true as const } : {}),
    ...dates,
    dates: all,
    // the follow-up read before stays when no year moved it ("they want go-live by 2/1, we said 3/1. regroup fri")
    followUp: reminder ?? ahead.find((d) => COUNTED_FROM_EARLIER.test(d.text.trim())) ?? (kept && ahead.includes(kept) ? kept : null) ?? ahead[0] ?? null,
    occurredAt: all.find((d) => d.at.getTime() <= t) ?? null,
  };
}

/** The lead before an appointment that moved a year ahead, counted from its new day (null when none or already gone). */
function remindBefore(dates: ParsedDates, all: ParsedDate[], t: number): ParsedDate | null {
  if (dates.leadMinutes === undefined) return null;
  const appointment = all.find((d, i) => d !== dates.dates[i] && d.at.getTime() > t);
  if (!appointment) return null;
  const at = new Date(appointment.at.getTime() - dates.leadMinutes * 60_000);
  return at.getTime() > t ? { ...appointment, at, hasTime: true, remindsOf: appointment.at } : null;
}
