/**
 * "三点一起开会", "十点一下": the 一 of 一起 / 一下 is no minute, but chrono reads 三点一 as 3:01.
 * The digit becomes a space (same length, so spans still index the rep's own words).
 */
/** Characters that make the digit before them part of a word (一起, 一下, 一些, 一样, 一直, 一定, 一般, 一共). */
export const WORD_AFTER_DIGIT = "起下些样直定般共";
const WORD_AFTER_CLOCK = new RegExp(`(?<=[点點])[一二两三四五六七八九](?=[${WORD_AFTER_DIGIT}])`, "gu");

export function guardClockMinutes(text: string): string {
  return text.replace(WORD_AFTER_CLOCK, " ");
}
