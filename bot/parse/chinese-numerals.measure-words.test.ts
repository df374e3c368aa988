import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "./chinese-numerals.js";

describe("parseChineseNumber: a count with its measure word", () => {
  it.each<[string, number]>([
    ["零个", 0],
    ["0个", 0],
    ["三个", 3],
    ["3个", 3],
    ["十二个", 12],
    ["八個", 8],
    ["兩個", 2],
    ["两百个", 200],
    ["一万个", 10_000],
    // 对/雙/双 count pairs
    ["一对", 2],
    ["三對", 6],
    ["两双", 4],
    ["四雙", 8],
    ["十对", 20],
  ])("%s = %s", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe("parseChineseNumber: halves", () => {
  it.each<[string, number]>([
    ["一半", 0.5],
    ["1半", 0.5],
    ["半个", 0.5],
    ["半個", 0.5],
    ["三个半", 3.5],
    ["两个半", 2.5],
    ["十個半", 10.5],
  ])("%s = %s", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe("parseChineseNumber: colloquial fractions and old numerals", () => {
  it.each<[string, number]>([
    ["四分一", 0.25],
    ["五份二", 0.4],
    ["十份三", 0.3],
    ["一又四分一", 1.25],
    ["两又五分二", 2.4],
    ["卌", 40],
    ["卌二", 42],
    ["一万零卌", 10_040],
    ["万五", 15_000],
    ["萬二", 12_000],
    ["亿三", 130_000_000],
  ])("%s = %s", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe("parseChineseNumber: SI-style suffixes", () => {
  it.each<[string, number]>([
    ["5M", 5_000_000],
    ["2.25M", 2_250_000],
    ["-4M", -4_000_000],
    ["3.5 m", 3_500_000],
    [".5G", 500_000_000],
    ["-.25G", -250_000_000],
    ["1.5K", 1_500],
    ["2G", 2_000_000_000],
  ])("%s = %s", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe("parseChineseNumber: still refuses words", () => {
  it.each(["个", "对", "半", "万一", "一下", "个人", "一对一", "三个人", "M", "G", "分", "万"])("%s", (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});
