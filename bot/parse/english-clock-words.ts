/**
 * Clock numbers written in words: hours "one" to "twelve", minutes "five" to
 * "fifty-nine" ("seven twenty-seven", "thirty-six minutes past eight").
 */

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50 };
const HOURS = ["twelve", ...UNITS, "ten", "eleven"];

export const HOUR_WORD = `(?:${[...HOURS].sort((a, b) => b.length - a.length).join("|")})`;
/** "twenty-seven", "forty three", "fifteen", "oh five" */
export const MINUTE_WORD = `(?:(?:${Object.keys(TENS).join("|")})(?:[\\s-]+(?:${UNITS.join("|")}))?|${[...TEENS].sort((a, b) => b.length - a.length).join("|")}|oh[\\s-]+(?:${UNITS.join("|")}))`;

export function hourWordValue(word: string): number | null {
  const index = HOURS.indexOf(word.toLowerCase());
  if (index < 0) return null;
  return index === 0 ? 12 : index;
}

export function minuteWordValue(words: string): number | null {
  let total = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/u)) {
    if (word === "oh") continue;
    const value = TENS[word] ?? (UNITS.indexOf(word) >= 0 ? UNITS.indexOf(word) + 1 : TEENS.indexOf(word) >= 0 ? TEENS.indexOf(word) + 10 : null);
    if (value === null) return null;
    total += value;
  }
  return total >= 1 && total <= 59 ? total : null;
}

/** "pm", "p.m.", "p m", "p . m ." → 'pm'; a part of day keeps its words. */
export const MERIDIEM = String.raw`(?:a|p)\s?\.?\s?m\b\s?\.?`;
