import type { InvalidDateSpan } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { allMatches } from "./all-matches.js";
import { MONTH_STEM } from "./rule-hints.js";

const CN_SMALL = "[零〇一二两三四五六七八九十]{1,3}";
const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const EN_MONTH_RE = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

// Built once (not per message); each family is tried only when the character or word it needs is there.
const ZH_FULL = new RegExp(
  `(?<![\\d.])(?:(?<year>\\d{4})\\s*年\\s*)?(?<month>\\d{1,2}|${CN_SMALL})\\s*月(?:份)?\\s*(?:(?<day>\\d{1,3}|${CN_SMALL})\\s*[日号])?`,
  "gu",
);
const ZH_DAY = /(?<![\d.月零〇一二两三四五六七八九十])(?<day>\d{1,3})\s*(?:号(?![楼室房线门院栋座位元内])|日(?![楼室房线门院栋座位元内后前以之]))/gu;
const ZH_DAY_HINT = /[号日]/u;
const EN_MONTH_DAY = new RegExp(`\\b${EN_MONTH_RE}\\s+(?<day>\\d{1,3})(?:st|nd|rd|th)?\\b(?:,?\\s*(?<year>\\d{4}))?`, "giu");
// "13:00 February 28" and "$40 January 12": the minutes of a clock time and an amount are no day
const EN_DAY_MONTH = new RegExp(
  `(?<![\\d:.]|[$€£¥]\\s*)\\b(?<day>\\d{1,3})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH_RE}(?![a-z])(?:,?\\s*(?<year>\\d{4}))?`,
  "giu",
);
const THE_DAY = /\bthe\s+(?<day>\d{1,3})(?:st|nd|rd|th)\b/giu;
const SLASH_DATE = /(?<![\d/])(?<month>\d{1,2})\/(?<day>\d{1,2})(?:\/(?<year>\d{4}))?(?![\d/])/gu;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function findInvalidDates(text: string, referenceYear: number): InvalidDateSpan[] {
  // A yearless "2月29日" is only real if the nearest February has one.
  const maxDay = (month: number, year: number | null): number => {
    if (month === 2) {
      if (year !== null) return isLeap(year) ? 29 : 28;
      return isLeap(referenceYear) || isLeap(referenceYear + 1) ? 29 : 28;
    }
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
  };
  const isBadDay = (month: number, day: number, year: number | null): boolean => day < 1 || day > maxDay(month, year);
  return scan(text, isBadDay);
}

/**
 * chrono silently ignores "2月30日" or "32号"; a rep who typed them made a
 * typo we must report instead of guessing, so find them ourselves.
 */
function scan(text: string, isBadDay: (month: number, day: number, year: number | null) => boolean): InvalidDateSpan[] {
  const spans: InvalidDateSpan[] = [];
  const push = (index: number, raw: string): void => {
    spans.push({ index, end: index + raw.length, text: raw });
  };

  for (const m of text.includes("月") ? allMatches(text, ZH_FULL) : []) {
    const g = m.groups ?? {};
    const month = parseSmallInt(g.month ?? "");
    if (month === null) continue;
    const day = g.day !== undefined ? parseSmallInt(g.day) : null;
    const year = g.year !== undefined ? Number(g.year) : null;
    if (month < 1 || month > 12 || (day !== null && isBadDay(month, day, year))) {
      push(m.index ?? 0, m[0]);
    }
  }

  // A bare day of month ("32号", "32号前"; "5日前" is five days ago); 号楼/号线 etc. are addresses and lines, 日元 is money.
  for (const m of ZH_DAY_HINT.test(text) ? allMatches(text, ZH_DAY) : []) {
    const day = Number(m.groups?.day);
    if (day < 1 || day > 31) push(m.index ?? 0, m[0]);
  }

  for (const re of MONTH_STEM.test(text) ? [EN_MONTH_DAY, EN_DAY_MONTH] : []) {
    for (const m of allMatches(text, re)) {
      const g = m.groups ?? {};
      // lowercase "may"/"mar" are far more often the verbs than the months
      if (g.month === "may" || g.month === "mar") continue;
      const month = EN_MONTHS.findIndex((p) => (g.month ?? "").toLowerCase().startsWith(p)) + 1;
      const day = Number(g.day);
      const year = g.year !== undefined ? Number(g.year) : null;
      if (month > 0 && isBadDay(month, day, year)) push(m.index ?? 0, m[0].trim());
    }
  }

  for (const m of allMatches(text, THE_DAY)) {
    const day = Number(m.groups?.day);
    if (day < 1 || day > 31) push(m.index ?? 0, m[0]);
  }

  // Only flag m/d that is clearly meant as a date (valid month, day 29-31 that
  // this month lacks); other slashes are fractions and scores.
  for (const m of text.includes("/") ? allMatches(text, SLASH_DATE) : []) {
    const g = m.groups ?? {};
    const month = Number(g.month);
    const day = Number(g.day);
    const year = g.year !== undefined ? Number(g.year) : null;
    if (month >= 1 && month <= 12 && day >= 29 && day <= 31 && isBadDay(month, day, year)) {
      push(m.index ?? 0, m[0]);
    }
  }

  spans.sort((a, b) => a.index - b.index);
  return spans.filter((s, i) => i === 0 || s.index >= (spans[i - 1]?.end ?? 0));
}
