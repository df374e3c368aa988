import { chineseToScaled } from "./chinese-numerals.js";
import { englishWordsToNumber } from "./english-number-words.js";
import { yuanJiaoFenToFen } from "./yuan-jiao-fen.js";

export interface AmountNumber {
  /** minor units; the lower bound of a range */
  low: bigint;
  high: bigint;
  approximate: boolean;
}

const CN_DIGIT_VALUE: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const BIG_UNIT = /[十百千万亿兆拾佰仟萬億]/;

function scaled(text: string, digits: number, multiplier: bigint): bigint | null {
  const exponent = multiplier.toString().length - 1;
  if (digits + exponent < 0) return null;
  return chineseToScaled(text.replace(/，/g, ","), digits + exponent);
}

/** "四五千" => 四千..五千, "十七八万" => 十七万..十八万: two neighbouring digits are a range. */
function chineseRange(core: string): [string, string] | null {
  const m = /^(.*?)([一二两三四五六七八])([二两三四五六七八九])(.*)$/u.exec(core);
  if (!m) return null;
  const [, head = "", a = "", b = "", tail = ""] = m;
  if (CN_DIGIT_VALUE[b] !== (CN_DIGIT_VALUE[a] ?? 0) + 1) return null;
  if (head === "" && tail === "") return null;
  if (tail !== "" && !BIG_UNIT.test(tail[0] as string)) return null;
  return [`${head}${a}${tail}`, `${head}${b}${tail}`];
}

/** "45", "forty-five" or "三" (as in 两美元又三美分). */
function centsOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const chinese = chineseToScaled(text, 0);
  return chinese !== null ? Number(chinese) : englishWordsToNumber(text);
}

interface Groups {
  num?: string;
  words?: string;
  suffix?: string;
  sub?: string;
  cents?: string;
  minorUnit?: string;
}

/** 毛/角/毫 amounts (两毛五) read as 元角分; 分, 仙, cents and pence are hundredths. */
function minorUnitPlaces(unit: string | undefined): 0 | 1 | 2 {
  if (!unit) return 0;
  return /^[毛角毫]/.test(unit) ? 1 : 2;
}

/**
 * The number part of a money match in minor units: digits, Chinese or mixed
 * numerals, English number words, 元角分 and "... and 45 cents".
 */
export function readAmountNumber(g: Groups, digits: number, multiplier: bigint): AmountNumber | null {
  const subUnit = minorUnitPlaces(g.minorUnit);
  if (g.words !== undefined) {
    // "a dollar": the article before a currency word is one
    const value = /^an?$/i.test(g.words.trim()) ? 1 : englishWordsToNumber(g.words);
    if (value === null) return null;
    let minor = BigInt(Math.round(value * 10 ** (digits - subUnit))) * multiplier;
    if (g.cents !== undefined && digits === 2) {
      const cents = centsOf(g.cents);
      if (cents === null || cents >= 100) return null;
      minor += BigInt(cents);
    }
    return { low: minor, high: minor, approximate: false };
  }
  let core = g.num ?? "";
  // 多/余/来/几 make the number approximate; the stated figure is its lower bound
  const approximate = /[多余来几]/.test(core);
  core = core.replace(/[多余来]/g, "").replace(/(?<=[十百千万亿拾佰仟])几|几(?=[十百千万亿])/g, "");
  if (core.includes("几")) return null;
  // "两毛五", "三角五分": read as 元角分; "1.5毛" and "十二毛" stay plain multiples of 角
  if (subUnit === 1 && !approximate && digits === 2 && !core.includes(".")) {
    const fen = yuanJiaoFenToFen(`${core}${g.minorUnit ?? ""}`);
    if (fen !== null) return { low: fen, high: fen, approximate: false };
  }
  const cnRange = chineseRange(core);
  if (cnRange) {
    const low = scaled(cnRange[0], digits - subUnit, multiplier);
    const high = scaled(cnRange[1], digits - subUnit, multiplier);
    return low !== null && high !== null ? { low, high, approximate: true } : null;
  }
  let value: bigint | null;
  if (g.sub !== undefined && !/^[整正]$/.test(g.sub) && digits === 2 && g.suffix && /^(?:元|块|圆|块钱|蚊)$/.test(g.suffix)) {
    value = yuanJiaoFenToFen(`${core}${g.suffix}${g.sub}`);
  } else {
    value = scaled(core, digits - subUnit, multiplier);
    if (value !== null && g.cents !== undefined && digits === 2) {
      const cents = centsOf(g.cents);
      if (cents === null || cents >= 100) return null;
      value += BigInt(cents);
    }
  }
  if (value === null || value < 0n) return null;
  return { low: value, high: value, approximate };
}
