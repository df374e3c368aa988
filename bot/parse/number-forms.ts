import { normalizeChineseNumerals } from "./chinese-numeral-chars.js";

type ReadPart = (text: string) => number | null;

/** Thousands, millions, billions; a lone lowercase g is grams, so giga is upper case only. */
const SI_EXPONENT: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, G: 9 };

/**
 * Number shapes that are not positional numerals: fractions ("三分之一",
 * "百分之十五" = 0.15, "一又二分之一", "3/5", "1 3/5", spoken "四分一" / "五份二"),
 * exponents ("2e5") and SI-style suffixes ("40k", "1.2M", ".5G").
 * Returns undefined when `text` has none of these shapes,
 * null when it has one but a part does not parse.
 */
export function readWrittenForm(input: string, readPart: ReadPart): number | null | undefined {
  const text = normalizeChineseNumerals(input.trim().replace(/\s+/g, " "));
  const compact = text.replace(/\s+/g, "");
  const mixed = /^(负|-)?(.+?)又(.+(?:分之|[分份]).+)$/.exec(compact);
  if (mixed) {
    const whole = readPart(mixed[2] as string);
    const fraction = readWrittenForm(mixed[3] as string, readPart);
    if (whole === null || fraction === null || fraction === undefined) return null;
    return (mixed[1] ? -1 : 1) * (whole + fraction);
  }
  // "四分一" and "五份二" drop the 之 in speech; both sides must still read as numbers
  const chinese = /^(负|-)?(.+?)(?:分之|[分份])(.+)$/.exec(compact);
  if (chinese) {
    const denominator = readPart(chinese[2] as string);
    const numerator = readPart(chinese[3] as string);
    if (denominator === null || numerator === null || denominator === 0) return null;
    return ((chinese[1] ? -1 : 1) * numerator) / denominator;
  }
  const slash = /^(-)?(?:(\d+) )?(\d+)\/(\d+)$/.exec(text);
  if (slash) {
    const denominator = Number(slash[4]);
    if (denominator === 0) return null;
    const value = Number(slash[2] ?? 0) + Number(slash[3]) / denominator;
    return slash[1] ? -value : value;
  }
  if (/^-?\d+(?:\.\d+)?e[+-]?\d+$/i.test(compact)) return Number(compact);
  const power = /^(-?\d+(?:\.\d+)?)\^([+-]?\d+)$/.exec(compact);
  if (power) return Number(power[1]) ** Number(power[2]);
  const si = /^(-?(?:\d+(?:\.\d+)?|\.\d+))([kKmMG])$/.exec(compact);
  if (si) return Number(`${si[1]}e${SI_EXPONENT[si[2] as string]}`);
  return undefined;
}
