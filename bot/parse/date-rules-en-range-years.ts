import { PRIORITY_RANGE, type DateCandidate } from "./date-candidate.js";
import { MONTH_WORD, monthNumber } from "./date-words-en.js";
import { expandTwoDigitYear, type RuleContext } from "./rule-context.js";
import { addMonths, type LocalDate } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { MONTH_STEM } from "./rule-hints.js";

/**
 * Whole years and decades as periods: "in 2014", "from 2014 to 2018", "2014-2018",
 * "the 1990s", "the nineties", and open ends that have a start: "after 2018" (2019),
 * "after Feb" (March), "2012 or later". "before 2010" has no start and is left alone.
 */

const Y = String.raw`(?:1[89]|2[01])\d{2}`;
const TO = String.raw`\s*(?:-|–|—|~|to|till|til|until|through|thru|and)\s*`;
/** a year in a sentence is a number unless it is followed by what counts things */
const NOT_AMOUNT = String.raw`(?![\d.,:/]\d|\s*(?:%|k\b|m\b|units?\b|pcs\b|people\b|usd\b|rmb\b|yuan\b|dollars?\b|seats?\b|licen[cs]es?\b))`;
const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

// "budget for 2026", "the plan of 2026" name a year's money or plan, not when something happens
const RE = {
  // "from 2014 to 2018", "between 2007 and the end of 2008", "2014 through May 2018"
  years: new RegExp(
    String.raw`\b(?:(?:from|between|in)\s+)?(?<y1>${Y})${TO}(?:the\s+(?:end|start|beginning|middle)\s+of\s+|${MONTH_WORD}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?<y2>${Y})\b${NOT_AMOUNT}`,
    "giu",
  ),
  year: new RegExp(
    String.raw`(?<!\bbefore\s+(?:the\s+)?)\b(?:(?<cue>in|during|from|since|on|year|(?:calendar|the)\s+year(?:\s+of)?|cy)\s+(?:the\s+year\s+(?:of\s+)?)?)(?<y>${Y})\b(?!-)${NOT_AMOUNT}(?<later>\s+(?:or\s+(?:later|after)|and\s+(?:later|after|greater|beyond)|onwards?))?`,
    "giu",
  ),
  orLater: new RegExp(String.raw`(?<!\b(?:before|than)\s+)\b(?<y>${Y})\s+(?:or\s+(?:later|after)|and\s+(?:later|after|greater|beyond)|onwards?)\b`, "giu"),
  afterYear: new RegExp(String.raw`\b(?:after|later\s+than|greater\s+than|beyond)\s+(?:the\s+year\s+)?(?<y>${Y})\b(?!-)${NOT_AMOUNT}`, "giu"),
  afterMonth: new RegExp(String.raw`\b(?:after|later\s+than)\s+(?:the\s+end\s+of\s+)?(?<month>${MONTH_WORD})(?:\s+(?<y>${Y}))?\b(?!\s*\d)`, "giu"),
  decade: new RegExp(
    String.raw`\b(?:(?<the>the|in|during|of|early|mid|late)\s+)?'?(?<digits>(?:1[89]|20)?\d0)\s?'?s\b|\b(?:the|in|during)\s+(?<word>${DECADE_WORDS.join("|")})\b`,
    "giu",
  ),
} as const;

/** `last` null: an open end ("after 2018") */
function period(index: number, raw: string, start: LocalDate, last: LocalDate | null): DateCandidate {
  return {
    index,
    end: index + raw.length,
    date: start,
    time: null,
    partOfDayHour: null,
    priority: PRIORITY_RANGE,
    ...(last ? { until: { date: last, time: null } } : {}),
  };
}

const jan1 = (year: number): LocalDate => ({ year, month: 1, day: 1 });
const dec31 = (year: number): LocalDate => ({ year, month: 12, day: 31 });

function years(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.years)) {
    const y1 = Number(m.groups?.y1);
    const y2 = Number(m.groups?.y2);
    if (y2 < y1) continue;
    // "sales in 2007 and 2009" lists two years; only "between 2007 and 2009" spans them
    if (/^\d{4}\s*and\b/iu.test(m[0].slice(m[0].search(/\d/u))) && !/^between\b/iu.test(m[0])) continue;
    out.push(period(m.index ?? 0, m[0], jan1(y1), dec31(y2)));
  }
  for (const m of allMatches(ctx.text, RE.year)) {
    const y = Number(m.groups?.y);
    // the cue word is context, not part of the date
    const lead = m[0].length - m[0].slice(m[0].search(/\d/u)).length;
    const raw = m.groups?.later ? m[0].slice(lead) : m[0].slice(lead).replace(/\s.*$/u, "");
    const last = m.groups?.later ? null : dec31(y);
    out.push(period((m.index ?? 0) + lead, raw, jan1(y), last));
  }
  for (const m of allMatches(ctx.text, RE.orLater)) out.push(period(m.index ?? 0, m[0], jan1(Number(m.groups?.y)), null));
  for (const m of allMatches(ctx.text, RE.afterYear)) {
    out.push(period(m.index ?? 0, m[0], jan1(Number(m.groups?.y) + 1), null));
  }
  for (const m of allMatches(ctx.text, RE.afterMonth)) {
    const g = m.groups ?? {};
    const month = monthNumber(g.month);
    if (!month || g.month === "may" || g.month === "mar") continue;
    // "after Feb" said in May is next February's end: the coming one, unless a year is named
    const year = g.y ? Number(g.y) : month >= ctx.today.month ? ctx.today.year : ctx.today.year + 1;
    const next = addMonths(year, month, 1);
    out.push(period(m.index ?? 0, m[0], { ...next, day: 1 }, null));
  }
}

function decades(ctx: RuleContext, out: DateCandidate[]): void {
  for (const m of allMatches(ctx.text, RE.decade)) {
    const g = m.groups ?? {};
    let start: number;
    if (g.word) start = 1900 + 10 * (DECADE_WORDS.indexOf(g.word.toLowerCase()) + 2);
    else {
      const digits = g.digits ?? "";
      // a bare "20s" is an age as often as a decade; two digits need "the"/"in" before them
      if (digits.length === 2 && g.the === undefined && !m[0].includes("'")) continue;
      start = digits.length === 2 ? expandTwoDigitYear(Number(digits), ctx.today.year) : Number(digits);
      if (digits.length === 2 && start > ctx.today.year) start -= 100;
    }
    // the lead word stays in the span: chrono reads "in 1990 s" as a clock time and must not win it
    out.push(period(m.index ?? 0, m[0], jan1(start), dec31(start + 9)));
  }
}

/**
 * Every pattern needs a year 1800-2199 (Y), except afterMonth ("after March": a month and
 * "after"/"later") and decade ("the 90s", "the nineties"); see rule-hints.ts.
 */
const YEAR_HINT = /(?:1[89]|2[01])\d\d|\d0\s?'?s|ties/iu;
const AFTER_HINT = /after|later/iu;

export function findEnglishYearPeriods(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!YEAR_HINT.test(ctx.text) && !(AFTER_HINT.test(ctx.text) && MONTH_STEM.test(ctx.text))) return out;
  years(ctx, out);
  decades(ctx, out);
  return out;
}
