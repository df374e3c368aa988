import { MONTH_STEM } from "./rule-hints.js";
/**
 * "May twenty one", "Thursday the twenty first", "the twenty-first of March":
 * chrono reads ordinal words but not spelled-out compound days, so a day
 * number written in words next to a month (or after "<weekday> the") is
 * rewritten as digits before parsing. The rewrite keeps every character
 * position (padding with spaces) so spans still point into the rep's text.
 */
const UNITS: Record<string, number> = {
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  fifth: 5,
  six: 6,
  sixth: 6,
  seven: 7,
  seventh: 7,
  eight: 8,
  eighth: 8,
  nine: 9,
  ninth: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  tenth: 10,
  eleven: 11,
  eleventh: 11,
  twelve: 12,
  twelfth: 12,
  thirteen: 13,
  thirteenth: 13,
  fourteen: 14,
  fourteenth: 14,
  fifteen: 15,
  fifteenth: 15,
  sixteen: 16,
  sixteenth: 16,
  seventeen: 17,
  seventeenth: 17,
  eighteen: 18,
  eighteenth: 18,
  nineteen: 19,
  nineteenth: 19,
};
const TENS: Record<string, number> = { twenty: 20, twentieth: 20, thirty: 30, thirtieth: 30 };

const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).join("|");
/** "twenty one", "twenty-first", "thirty", "fifteen", "third" */
const DAY_WORDS = `(?:(?:twenty|thirty)[\\s-]+(?:${alt(Object.keys(UNITS))})|${alt([...Object.keys(TENS), ...Object.keys(TEENS), ...Object.keys(UNITS)])})`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;

/** "January nineteen eighty six" is a year, not the 19th */
const NOT_A_YEAR = String.raw`(?![\s-]+(?:[a-z]+ty|hundred|thousand|oh|zero)\b)`;
// "May" only capitalised: "they may one day" is not the first of May
/** a day already in digits: "March the 21st" and "23rd day of September" are squeezed too */
const DAY = String.raw`(?:${DAY_WORDS}|\d{1,2}(?:st|nd|rd|th))`;
const AFTER_MONTH = new RegExp(String.raw`\b(${MONTH})(\s+(?:the\s+)?)(${DAY})\b${NOT_A_YEAR}`, "giu");
const BEFORE_MONTH = new RegExp(String.raw`\b(${DAY})(\s+(?:day\s+)?(?:of\s+)?)(${MONTH})(?![a-z])`, "giu");
// "the thirty-first day of the month", "the fifth of next month"
const OF_MONTH = new RegExp(
  String.raw`\b(the\s+)(${DAY_WORDS})(\s+(?:day\s+)?of\s+(?:the|this|next|last|previous|current|following|coming)(?:\s+month\b|\s+the\s+month\b))`,
  "giu",
);
const AFTER_WEEKDAY = new RegExp(String.raw`(\b${WEEKDAY},?\s+the\s+)(${DAY_WORDS})\b`, "giu");
/** Words the patterns above need: every match of AFTER_WEEKDAY and OF_MONTH has "the", of OF_MONTH "month" (MONTH_STEM: the month names). */
const THE = /the/iu;
const MONTH_WORD = /month/iu;

function dayValue(words: string): number | null {
  if (/^\d/u.test(words)) return Number.parseInt(words, 10);
  let total = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/u)) total += UNITS[word] ?? TEENS[word] ?? TENS[word] ?? 0;
  return total >= 1 && total <= 31 ? total : null;
}

/** "21st": the ordinal suffix is kept so chrono reads "the 21st" as a day. */
function asDigits(words: string): string | null {
  const day = dayValue(words);
  if (day === null || day < 1 || day > 31) return null;
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}

/**
 * `head` and `tail` joined by spaces so the result is exactly `length` long; with
 * `padFront` the spaces go first (chrono wants "21st of March" single-spaced).
 */
function fit(length: number, head: string, tail: string, padFront = false): string | null {
  const gap = length - head.length - tail.length;
  if (gap < 1) return null;
  return padFront ? " ".repeat(gap - 1) + head + " " + tail : head + " ".repeat(gap) + tail;
}

export interface RewrittenDays {
  /** same length as the input */
  text: string;
  /** where words were rewritten, so a date's label can cover the rep's whole phrase */
  spans: Array<{ index: number; end: number }>;
}

export function spellOutDayNumbers(input: string): RewrittenDays {
  const spans: RewrittenDays["spans"] = [];
  if (!/[a-z]/iu.test(input)) return { text: input, spans };
  const swap = (m: string, index: number, next: string | null) => {
    if (next === null || next === m) return m;
    spans.push({ index, end: index + m.length });
    return next;
  };
  // Each pattern runs only on a text with a word all of its matches contain (same flags: see rule-hints.ts).
  let text = input;
  if (MONTH_STEM.test(text)) {
    text = text.replace(AFTER_MONTH, (m: string, month: string, _gap: string, day: string, index: number) => {
      // "they may one day": the month May only when capitalised
      if (month === "may") return m;
      const digits = asDigits(day);
      return swap(m, index, digits && fit(m.length, month, digits));
    });
  }
  if (THE.test(text)) {
    text = text.replace(AFTER_WEEKDAY, (m: string, lead: string, day: string, index: number) => {
      const digits = asDigits(day);
      return swap(m, index, digits && fit(m.length, lead.trimEnd(), digits));
    });
  }
  if (THE.test(text) && MONTH_WORD.test(text)) {
    text = text.replace(OF_MONTH, (m: string, lead: string, day: string, tail: string, index: number) => {
      const digits = asDigits(day);
      return swap(m, index, digits && fit(m.length, `${lead.trimEnd()} ${digits}`, tail.trimStart()));
    });
  }
  if (MONTH_STEM.test(text)) {
    text = text.replace(BEFORE_MONTH, (m: string, day: string, mid: string, month: string, index: number) => {
      if (month === "may" && !/of/iu.test(mid)) return m;
      const digits = asDigits(day);
      return swap(m, index, digits && fit(m.length, digits, `${/of/iu.test(mid) ? "of " : ""}${month}`, true));
    });
  }
  return { text, spans };
}
