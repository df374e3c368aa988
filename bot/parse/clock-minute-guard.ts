/**
 * "三点一起开会", "十点一下": the 一 of 一起 / 一下 is no minute, but chrono reads 三点一 as 3:01.
 * The digit becomes a space (same length, so spans still index the rep's own words).
 */
const WORD_AFTER_CLOCK = /(?<=[点點])[一二两三四五六七八九](?=[起下些样直定般共])/gu;

export function guardClockMinutes(text: string): string {
  return text.replace(WORD_AFTER_CLOCK, ' ');
}
