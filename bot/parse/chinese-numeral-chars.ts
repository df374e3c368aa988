/**
 * Financial (大写), traditional and old-style numeral characters folded to the
 * everyday set, one character for one character where possible so spans found
 * in normalized text still line up with the original.
 */
const FOLD: Record<string, string> = {
  〇: "零",
  洞: "零",
  幺: "一",
  壹: "一",
  弌: "一",
  贰: "二",
  貳: "二",
  叁: "三",
  參: "三",
  叄: "三",
  弎: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  陸: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  兩: "两",
  俩: "两",
  倆: "两",
  拾: "十",
  什: "十",
  點: "点",
  負: "负",
  幾: "几",
  佰: "百",
  陌: "百",
  仟: "千",
  阡: "千",
  萬: "万",
  億: "亿",
};

/** Every character a Chinese numeral may be written with (before folding). */
export const CN_DIGIT_CLASS = "零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖兩";
export const CN_NUMBER_CLASS = `${CN_DIGIT_CLASS}十百千万亿兆拾佰仟萬億廿卅卌`;

export function normalizeChineseNumerals(text: string): string {
  return (
    [...text]
      .map((ch) => FOLD[ch] ?? ch)
      .join("")
      // 廿 (20), 卅 (30) and 卌 (40) expand to two characters; only in numeral-only strings
      .replace(/廿/g, "二十")
      .replace(/卅/g, "三十")
      .replace(/卌/g, "四十")
  );
}
