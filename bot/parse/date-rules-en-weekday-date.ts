import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { meridiemHour } from "./date-rules-en-clock.js";
import { expandTwoDigitYear, type RuleContext } from "./rule-context.js";
import { isValidLocalDate, nearestYear, weekdayOf, type LocalDate, type LocalTime } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { englishWeekday } from "./english-weekday.js";

/**
 * A weekday written next to a full date: "Fri, Jul 18", "Friday-Jun-15", "Jul 18, Fri",
 * "Friday 7.6", "Sat 21 Sep at 1:30 PM". chrono lets the weekday move the date; the
 * written month and day are what the rep means, and the weekday only picks the year
 * (this year's date, or next year's when only that one falls on the weekday).
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const WEEKDAY = String.raw`(?<wd>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)`;
const MONTH = String.raw`(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s*(?<year>\d{4}))?`;
const LEAD_TIME = String.raw`(?:(?:at\s+)?(?<ph>1[0-2]|0?[1-9]|1\d|2[0-3])(?::(?<pmin>[0-5]\d))?\s*(?<pap>[ap]\.?m\.?)?\s+on\s+)?`;
const TAIL_TIME = String.raw`(?:,?\s+(?:at\s+)?(?<th>1[0-2]|0?[1-9]|1\d|2[0-3])(?:(?::(?<tmin>[0-5]\d))\s*(?<tap>[ap]\.?m\.?)?|\s*(?<tap2>[ap]\.?m\.?)))?`;
const REL = String.raw`(?:(?:on|this|next|coming)\s+)?`;

/** Every pattern names a weekday; see rule-hints.ts. */
const WEEKDAY_HINT = /mon|tue|wed|thu|fri|sat|sun/iu;

const PATTERNS: RegExp[] = [
  // "Fri, Jul 18", "this Friday-Jun-15", "friday (jun-15)"
  new RegExp(String.raw`\b${LEAD_TIME}${REL}${WEEKDAY},?[\s(-]*${MONTH}[\s.-]*${DAY}\)?(?![\d:])${YEAR}${TAIL_TIME}(?![\w:])`, "giu"),
  // "Sat 21 Sep", "Friday the 4th of July"
  new RegExp(String.raw`\b${LEAD_TIME}${REL}${WEEKDAY},?\s+(?:the\s+)?${DAY}(?:\s+of)?[\s-]+${MONTH}${YEAR}${TAIL_TIME}(?![\w:])`, "giu"),
  // "Friday 7.6", "Fri 7/18"
  new RegExp(
    String.raw`\b${LEAD_TIME}${REL}${WEEKDAY},?\s+(?<m>1[0-2]|0?[1-9])(?<sep>[./-])${DAY}(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\d./-]|\s*(?:am|pm|[ap]\.m))${TAIL_TIME}(?![\w:])`,
    "giu",
  ),
  // "Jul 18, Fri"
  new RegExp(String.raw`\b${MONTH}\s+${DAY}${YEAR},?\s+${WEEKDAY}(?![\w])`, "giu"),
];

function monthIndex(word: string): number {
  return MONTHS.findIndex((p) => word.toLowerCase().startsWith(p)) + 1;
}

function clock(hour: string | undefined, minute: string | undefined, ap: string | undefined): LocalTime | null {
  if (hour === undefined) return null;
  const h = Number(hour);
  return { hour: h > 12 ? h : meridiemHour(h, ap?.replace(/\./gu, "")), minute: Number(minute ?? 0) };
}

/** The written date; without a year, this year's unless only next year's falls on the weekday. */
export function yearForWeekday(today: LocalDate, month: number, day: number, weekday: number): number {
  const year = nearestYear(today, month, day);
  const fits = (y: number) => isValidLocalDate({ year: y, month, day }) && weekdayOf({ year: y, month, day }) === weekday;
  return !fits(year) && fits(year + 1) ? year + 1 : year;
}

export function findEnglishWeekdayDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!WEEKDAY_HINT.test(ctx.text)) return out;
  for (const re of PATTERNS) {
    for (const m of allMatches(ctx.text, re)) {
      const g = m.groups ?? {};
      const weekday = englishWeekday(g.wd);
      const month = g.mon !== undefined ? monthIndex(g.mon) : Number(g.m);
      const day = Number(g.day);
      if (weekday < 0 || month < 1) continue;
      // "may" is a month only when capitalised: "they may 3" is not a date
      if (g.mon === "may") continue;
      const written = g.year ?? g.y;
      const year =
        written !== undefined
          ? written.length === 2
            ? expandTwoDigitYear(Number(written), ctx.today.year)
            : Number(written)
          : yearForWeekday(ctx.today, month, day, weekday);
      // "Monday 6-8" is as often hours as a date: a dash counts only when the weekday agrees
      if (g.sep === "-" && written === undefined && weekdayOf({ year, month, day }) !== weekday) continue;
      const time = clock(g.ph, g.pmin, g.pap) ?? clock(g.th, g.tmin, g.tap ?? g.tap2);
      const index = m.index ?? 0;
      // an impossible day stays as typed so parseDates reports it
      out.push({ index, end: index + m[0].length, date: { year, month, day }, time, partOfDayHour: null, priority: PRIORITY_RULE });
    }
  }
  return out;
}
