/**
 * A count written with its measure word: "三个" (3), "兩個半" (2.5), "半个" (0.5),
 * "一半" (0.5), and pairs "一对" / "五雙" (2 and 10 things). `read` reads the bare
 * numeral. Returns undefined when `text` has no measure word, null when it has one
 * but the count does not read ("个人" is a word, not a count).
 */
const PAIR = /^(.+)[对對双雙]$/u;
const PIECES = /^(.+?)[个個](半)?$/u;
const HALF_ALONE = /^(?:半[个個]|一半|1半)$/u;

export function readMeasured(text: string, read: (numeral: string) => number | null): number | null | undefined {
  if (HALF_ALONE.test(text)) return 0.5;
  const pair = PAIR.exec(text);
  if (pair) {
    const count = read(pair[1] as string);
    return count === null ? null : count * 2;
  }
  const pieces = PIECES.exec(text);
  if (pieces) {
    const count = read(pieces[1] as string);
    return count === null ? null : count + (pieces[2] ? 0.5 : 0);
  }
  return undefined;
}
