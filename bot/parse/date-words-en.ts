/**
 * English date vocabulary shared by the range rules: month and count words, and
 * day numbers written as ordinals ("the ninth", "twenty-seventh").
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** A month name; "may" and "mar" stay out of the bare forms where they are ordinary words. */
export const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** 1-12, or 0 when the word is not a month. */
export function monthNumber(word: string | undefined): number {
  const w = (word ?? "").toLowerCase();
  return MONTHS.findIndex((m) => w.startsWith(m)) + 1;
}

const COUNTS: Record<string, number> = {
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
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  couple: 2,
  "a couple": 2,
  "a couple of": 2,
  "couple of": 2,
  few: 3,
  "a few": 3,
};
/** "3", "three", "a couple (of)", "a few": how many units a period spans. */
export const COUNT = String.raw`(?:\d{1,3}|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)`;

export function countValue(word: string | undefined): number | null {
  const w = (word ?? "").toLowerCase().replace(/\s+/gu, " ").trim();
  if (/^\d+$/u.test(w)) return Number(w);
  return COUNTS[w] ?? null;
}

const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const ORDINAL_TEENS: Record<string, number> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const byLength = (a: string, b: string): number => b.length - a.length;
/** "9", "9th", "ninth", "twenty-seventh", "thirty first" */
export const DAY_NUMBER = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[\s-]+(?:${Object.keys(ORDINAL_UNITS).join("|")})|${[...Object.keys(ORDINAL_TEENS), ...Object.keys(ORDINAL_UNITS)].sort(byLength).join("|")})`;

export function dayNumberValue(word: string | undefined): number | null {
  const w = (word ?? "").toLowerCase().trim();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(w);
  if (digits) return Number(digits[1]);
  const compound = /^(twenty|thirty)[\s-]+([a-z]+)$/u.exec(w);
  if (compound) {
    const unit = ORDINAL_UNITS[compound[2] ?? ""];
    return unit === undefined ? null : (compound[1] === "twenty" ? 20 : 30) + unit;
  }
  return ORDINAL_TEENS[w] ?? ORDINAL_UNITS[w] ?? null;
}
