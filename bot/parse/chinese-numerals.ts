import { normalizeChineseNumerals } from "./chinese-numeral-chars.js";
import { readMeasured } from "./chinese-measure-words.js";
import { readWrittenForm } from "./number-forms.js";
import { yuanJiaoFenToFen } from "./yuan-jiao-fen.js";

export { CN_DIGIT_CLASS, CN_NUMBER_CLASS, normalizeChineseNumerals } from "./chinese-numeral-chars.js";

/**
 * Values are kept as fixed-point BigInt (x 10^20) so "10.1万", "36.57亿" and
 * "零点零零…一" stay exact; floats would turn 1.15万 into 11499.999….
 */
const SCALE_DIGITS = 20;
const SCALE = 10n ** BigInt(SCALE_DIGITS);

const DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n };
const BIG_UNITS: ReadonlyArray<readonly [string, bigint]> = [
  ["兆", 1_000_000_000_000n],
  ["亿", 100_000_000n],
  ["万", 10_000n],
];

/** Arabic number with optional decimals, scaled; commas are thousands separators. */
function arabicScaled(text: string): bigint | null {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)?(?:\.\d+)?$/.test(text) || !/\d/.test(text)) return null;
  const [int = "", frac = ""] = text.replace(/,/g, "").split(".");
  if (frac.length > SCALE_DIGITS) return null;
  return BigInt(int || "0") * SCALE + BigInt(frac.padEnd(SCALE_DIGITS, "0") || "0");
}

type Token = { kind: "digit"; value: bigint; width: number; leadingZero: boolean } | { kind: "unit"; value: bigint } | { kind: "zero" };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const arabic = /^[\d.,]+/.exec(text.slice(i));
    if (arabic) {
      const value = arabicScaled(arabic[0]);
      if (value === null) return null;
      const width = arabic[0].replace(/[.,].*$/, "").length;
      tokens.push({ kind: "digit", value, width, leadingZero: arabic[0].length > 1 && arabic[0][0] === "0" && arabic[0][1] !== "." });
      i += arabic[0].length;
      continue;
    }
    const ch = text[i] as string;
    const d = DIGITS[ch];
    if (d === 0) tokens.push({ kind: "zero" });
    else if (d !== undefined) tokens.push({ kind: "digit", value: BigInt(d) * SCALE, width: 1, leadingZero: false });
    else if (SMALL_UNITS[ch] !== undefined) tokens.push({ kind: "unit", value: SMALL_UNITS[ch] as bigint });
    else return null;
    i += 1;
  }
  return tokens;
}

/** Below 万: "三千零二十", colloquial "三千五" (=3500), mixed "1千2百", "1百01". */
function parseSection(text: string): bigint | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  // "一二三" / "一七二零": digits read one by one, as in phone-style or year-style numbers
  if (tokens.every((t) => t.kind !== "unit") && tokens.length > 1) {
    let out = 0n;
    for (const t of tokens) {
      if (t.kind === "digit" && (t.width !== 1 || t.value % SCALE !== 0n)) return null;
      out = out * 10n + (t.kind === "digit" ? t.value / SCALE : 0n);
    }
    return out * SCALE;
  }
  let total = 0n;
  let digit: bigint | null = null;
  let lastUnit = 0n;
  let sawZero = false;
  for (const t of tokens) {
    if (t.kind === "zero") {
      // 零 only marks a skipped place ("一百零五"); it is not a digit of its own
      if (digit !== null) return null;
      sawZero = true;
      continue;
    }
    if (t.kind === "digit") {
      if (digit !== null) return null; // "三五十" is not a number
      if (t.leadingZero) sawZero = true;
      digit = t.value;
      continue;
    }
    if (lastUnit !== 0n && t.value >= lastUnit) return null;
    // "十二" means 12: a bare 十 has an implicit leading one
    total += (digit ?? SCALE) * t.value;
    lastUnit = t.value;
    digit = null;
    sawZero = false;
  }
  if (digit !== null) {
    // "一百五" is 150 and "三千五" 3500, but "一百零五" is 105 and "1千200" 1200
    const lone = digit < 10n * SCALE && digit % SCALE === 0n;
    if (lastUnit >= 100n && !sawZero && lone) total += (digit * lastUnit) / 10n;
    else if (lastUnit !== 0n && digit >= lastUnit * SCALE) return null;
    else total += digit;
  }
  return total;
}

function parseScaled(text: string): bigint | null {
  for (const [ch, factor] of BIG_UNITS) {
    const at = text.lastIndexOf(ch);
    if (at < 0) continue;
    const head = text.slice(0, at);
    const tail = text.slice(at + 1);
    // a big unit needs a count before it: "万一" ("just in case") is not 11000
    const high = head === "" ? null : parseScaled(head);
    if (high === null) return null;
    let low = 0n;
    if (tail !== "") {
      // "两万五" is 25000: a lone trailing digit counts in the next lower unit
      const lone = /^[1-9一二两三四五六七八九]$/.test(tail);
      const parsed = lone ? (BigInt(DIGITS[tail] ?? Number(tail)) * SCALE * factor) / 10n : parseScaled(tail);
      if (parsed === null) return null;
      // a decimal head ("10.1万") cannot take a tail ("10.1万零100")
      if (!lone && high % SCALE !== 0n) return null;
      if (parsed >= factor * SCALE) return null;
      low = parsed;
    }
    return high * factor + low;
  }
  return parseSection(text);
}

/** Fixed-point value of a Chinese / mixed numeral with optional 负/-, 点 decimals and 第. */
function parseSignedScaled(input: string): bigint | null {
  // "三千 八百 九十六 万": spaces between parts are just typing
  let text = normalizeChineseNumerals(input.replace(/\s+/g, ""));
  // 多/余/来/几 ("十多万", "五百余万", "一百零几万") make it approximate; the stated part is the lower bound
  text = text.replace(/(?<=[\d十百千万亿兆零一二两三四五六七八九])[多余来]/g, "").replace(/(?<=[十百千万亿零])几|几(?=[十百千万亿])/g, "");
  if (text === "半百") return 50n * SCALE;
  const dozens = /^(.+)打$/.exec(text);
  if (dozens) {
    const count = parseSignedScaled(dozens[1] as string);
    return count === null ? null : count * 12n;
  }
  let sign = 1n;
  if (/^(?:负|-|−)/.test(text)) {
    sign = -1n;
    text = text.slice(1);
  }
  text = text.replace(/^第/, "");
  if (text === "") return null;
  const dot = text.indexOf("点");
  if (dot >= 0) {
    const intPart = text.slice(0, dot);
    // "二点五万" / "1点2亿": the unit after the decimals scales the whole number
    const unitTail = /[万亿兆]+$/.exec(text.slice(dot + 1))?.[0] ?? "";
    const frac = text.slice(dot + 1, text.length - unitTail.length);
    if (intPart === "" || frac === "" || !/^[零一二三四五六七八九\d]+$/.test(frac)) return null;
    const fracDigits = [...frac].map((ch) => (/\d/.test(ch) ? ch : String(DIGITS[ch]))).join("");
    if (fracDigits.length > SCALE_DIGITS) return null;
    const whole = parseScaled(intPart);
    if (whole === null || whole % SCALE !== 0n) return null;
    let value = whole + BigInt(fracDigits.padEnd(SCALE_DIGITS, "0"));
    if (unitTail !== "") {
      const unit = parseScaled(`一${unitTail}`);
      if (unit === null) return null;
      value = (value * unit) / SCALE;
    }
    return sign * value;
  }
  const value = parseScaled(text);
  return value === null ? null : sign * value;
}

/** Scaled fixed-point back to a JS number through its decimal string (nearest double). */
function scaledToNumber(value: bigint): number {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const int = abs / SCALE;
  const frac = (abs % SCALE).toString().padStart(SCALE_DIGITS, "0").replace(/0+$/, "");
  return Number(`${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`);
}

/** Needs a digit somewhere: 千万 ("by all means") and 万 alone are words, not numbers. */
function hasDigit(text: string): boolean {
  return /[\d零一二两三四五六七八九十半]/.test(normalizeChineseNumerals(text));
}

/**
 * Positional reading of Chinese numerals ("一百二十万" => 1200000), including
 * 大写 (壹佰贰拾), 〇/零, 两, 负, 第 and Arabic mixes ("1万2", "2.5万").
 * Returns null for anything malformed or not a whole number (三点一四).
 */
export function chineseToBigInt(text: string): bigint | null {
  if (!text || !hasDigit(text)) return null;
  const value = parseSignedScaled(text);
  if (value === null) {
    // "40k", "2e5", "2^5": other ways of writing a whole number
    const written = readWrittenForm(text, () => null);
    return typeof written === "number" && Number.isSafeInteger(written) ? BigInt(written) : null;
  }
  if (value % SCALE !== 0n) return null;
  return value / SCALE;
}

/** Like chineseToBigInt but keeps decimals: "三点一四" => 3.14, "10.1万" => 101000, "三个半" => 3.5. */
export function parseChineseNumber(input: string): number | null {
  // "万五" / "萬九": a numeral alone may drop the leading 一 (not "万一", which means "in case")
  const text = input?.trim().replace(/^([万萬亿億])(?=[二两兩三四五六七八九]$)/u, "一$1");
  const measured = text ? readMeasured(text, parsePlainNumber) : undefined;
  if (measured !== undefined) return measured;
  return parsePlainNumber(text);
}

function parsePlainNumber(text: string): number | null {
  if (!text || !hasDigit(text)) return null;
  const written = readWrittenForm(text, (part) => {
    const value = parseSignedScaled(part);
    return value === null ? null : scaledToNumber(value);
  });
  if (written !== undefined) return written;
  // cheque style "壹拾壹元壹角" / "玖仟陆佰陆拾伍圆整": a yuan value with 角/分
  if (/[元圆圓块角毛分整正]$|[块元][一二两三四五六七八九\d]$/.test(text.trim())) {
    const fen = yuanJiaoFenToFen(text);
    return fen === null ? null : scaledToNumber(fen * (SCALE / 100n));
  }
  const value = parseSignedScaled(text);
  return value === null ? null : scaledToNumber(value);
}

/** Same as parseChineseNumber, as an exact fixed-point value scaled by 10^digits (for money). */
export function chineseToScaled(text: string, digits: number): bigint | null {
  if (!text || !hasDigit(text)) return null;
  const value = parseSignedScaled(text);
  if (value === null) return null;
  const divisor = 10n ** BigInt(SCALE_DIGITS - digits);
  // half away from zero, like the Arabic path
  const half = divisor / 2n;
  return value >= 0n ? (value + half) / divisor : -((-value + half) / divisor);
}

/** Small integers only (days, months, hours): accepts ASCII or Chinese digits. */
export function parseSmallInt(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  // "三五天" means "three to five days"; digit-by-digit runs are not small counts
  if (/^[一二两三四五六七八九]{2,}$/.test(text)) return null;
  const value = chineseToBigInt(text);
  if (value === null || value < 0n || value > 10_000n) return null;
  return Number(value);
}
