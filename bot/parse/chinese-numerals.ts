const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CN_DIGIT_CLASS = '零〇一二两三四五六七八九';
export const CN_NUMBER_CLASS = '零〇一二两三四五六七八九十百千万亿';

/** Below 万: digits combined with 十/百/千, including colloquial "三千五" = 3500. */
function parseSection(text: string): bigint | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let sawZero = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // 零 only marks a skipped place ("一百零五"); it is not a digit of its own
      if (d === 0) {
        sawZero = true;
        continue;
      }
      if (digit !== null) return null; // "三五" is not a number
      digit = d;
      continue;
    }
    const unit = SMALL_UNITS[ch];
    if (unit === undefined) return null;
    if (lastUnit !== 0 && unit >= lastUnit) return null;
    // "十二" means 12: a bare 十 has an implicit leading one
    total += (digit ?? 1) * unit;
    lastUnit = unit;
    digit = null;
  }
  if (digit !== null) {
    // "一百五" is 150, but "一百零五" is 105
    total += lastUnit >= 100 && !sawZero ? (digit * lastUnit) / 10 : digit;
  }
  return BigInt(total);
}

function parseWithBigUnits(text: string): bigint | null {
  for (const [ch, factor] of [['亿', 100_000_000n], ['万', 10_000n]] as const) {
    const at = text.lastIndexOf(ch);
    if (at < 0) continue;
    const head = text.slice(0, at);
    const tail = text.slice(at + 1);
    const high = head === '' ? 1n : parseWithBigUnits(head);
    if (high === null) return null;
    let low: bigint | null = 0n;
    if (tail !== '') {
      // "两万五" is 25000: a lone trailing digit counts in the next lower unit
      const lone = DIGITS[tail];
      low = tail.length === 1 && lone !== undefined ? (BigInt(lone) * factor) / 10n : parseWithBigUnits(tail);
    }
    if (low === null) return null;
    return high * factor + low;
  }
  return parseSection(text);
}

/**
 * Positional reading of Chinese numerals ("一百二十万" => 1200000). Returns
 * null for anything malformed, including idioms like 千万 ("by all means")
 * that contain unit characters but no digit.
 */
export function chineseToBigInt(text: string): bigint | null {
  if (!text || ![...text].some((ch) => ch in DIGITS || ch === '十')) return null;
  return parseWithBigUnits(text);
}

/** Small integers only (days, months, hours): accepts ASCII or Chinese digits. */
export function parseSmallInt(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const value = chineseToBigInt(text);
  if (value === null || value > 10_000n) return null;
  return Number(value);
}
