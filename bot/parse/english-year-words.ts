import { englishWordsToNumber } from "./english-number-words.js";

/**
 * Years said in words: "nineteen eighty six", "nineteen oh five", "seventeen hundred
 * thirty three", "two thousand and thirty two", "twenty twenty-six".
 */

const SMALL = String.raw`(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)`;
const PAIR = String.raw`${SMALL}(?:[\s-]+${SMALL})?`;
/** a year in words, as a regex source */
export const YEAR_WORDS = String.raw`(?:(?:one|two)\s+thousand(?:\s+(?:and\s+)?${PAIR})?|${PAIR}\s+hundred(?:\s+(?:and\s+)?${PAIR})?|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:oh[\s-]+${SMALL}|${PAIR}))`;

export function yearFromWords(words: string): number | null {
  const w = words.toLowerCase().trim();
  if (/thousand|hundred/u.test(w)) {
    const value = englishWordsToNumber(w);
    return value !== null && Number.isInteger(value) && value >= 1000 && value <= 2999 ? value : null;
  }
  // "nineteen eighty six": the century, then the year within it
  const [century, ...rest] = w.split(/\s+/u);
  const high = englishWordsToNumber(century ?? "");
  const low = englishWordsToNumber(rest.filter((x) => x !== "oh").join(" "));
  if (high === null || low === null || high < 10 || low < 0 || low > 99) return null;
  return high * 100 + low;
}
