/**
 * Spelled-out English numbers as reps write them in money phrases:
 * "two hundred thousand", "half a million", "three quarters billion",
 * "forty-five", "1.2 million" is handled by the digit path, not here.
 */
const ONES: Record<string, number> = {
  zero: 0,
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  grand: 1_000,
  lakh: 100_000,
  million: 1_000_000,
  // "half a mil", "a mil": chat shorthand for a million
  mil: 1_000_000,
  mill: 1_000_000,
  crore: 10_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, quarters: 0.25 };

const byLength = (a: string, b: string) => b.length - a.length;
const REAL = [...Object.keys(ONES), ...Object.keys(SCALES), ...Object.keys(FRACTIONS), "dozen"].filter((w) => w !== "a" && w !== "an");
const WORD = `(?:${[...REAL, "a", "an", "and"].sort(byLength).join("|")})`;
/** A run of number words starting with a real one ("a million", "half a million"); never "a" or "and" alone. */
export const EN_NUMBER_WORDS = String.raw`\b(?:an?\s+)?(?:${REAL.sort(byLength).join("|")})(?:(?:\s+|-)${WORD})*\b`;

/** Value of a run of number words, or null when it is not a number ("and a"). */
export function englishWordsToNumber(text: string): number | null {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== "" && w !== "and");
  // a scale alone ("thousand of times") is not a count; it needs one, a, half…
  if (words.length === 0 || !words.some((w) => w in ONES || w in FRACTIONS)) return null;
  let total = 0;
  let current = 0;
  let fraction = 0;
  let sawNumber = false;
  let lastBigScale = Infinity;
  let lastOne: number | null = null;
  let additive = false;
  for (const [i, word] of words.entries()) {
    if ((word === "a" || word === "an") && (words[i + 1] ?? "") in FRACTIONS) {
      // "one and a half million": the half adds to what came before
      additive = true;
      continue;
    }
    if (word in FRACTIONS) {
      // "three quarters billion": the count before the fraction multiplies it
      const part = FRACTIONS[word] as number;
      fraction = additive ? current + part : (current || 1) * part;
      additive = false;
      current = 0;
      lastOne = null;
      sawNumber = true;
      continue;
    }
    if (word === "dozen") {
      current = (current || 1) * 12;
      sawNumber = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale !== undefined) {
      const base = fraction || current || (sawNumber ? 0 : 1);
      if (base === 0) return null;
      if (scale === 100) current = base * 100;
      else {
        // "a million a million" or "thousand million" are not one number
        if (scale >= lastBigScale) return null;
        lastBigScale = scale;
        total += base * scale;
        current = 0;
      }
      lastOne = null;
      fraction = 0;
      sawNumber = true;
      continue;
    }
    const one = ONES[word];
    if (one === undefined) return null;
    // "twenty one" adds; "one one" or "twenty thirty" is a list, not a number
    if (lastOne !== null && (lastOne < 20 || one >= 20)) return null;
    lastOne = one;
    current += one;
    sawNumber = true;
  }
  const value = total + current + fraction;
  if (words.every((w) => w === "a" || w === "an")) return null;
  return Number.isFinite(value) ? value : null;
}
