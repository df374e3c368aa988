import { describe, expect, it } from "vitest";
import { chineseToBigInt, parseSmallInt } from "./chinese-numerals.js";

describe("chineseToBigInt", () => {
  it.each([
    ["五", 5n],
    ["十", 10n],
    ["十二", 12n],
    ["二十", 20n],
    ["一百零五", 105n],
    ["一百五", 150n],
    ["三千五", 3_500n],
    ["两万五", 25_000n],
    ["两万五千", 25_000n],
    ["一百二十万", 1_200_000n],
    ["三千万", 30_000_000n],
    ["一亿五千万", 150_000_000n],
    ["一万亿", 1_000_000_000_000n],
  ])("%s = %s", (text, value) => {
    expect(chineseToBigInt(text)).toBe(value);
  });

  it.each(["千万", "万", "", "十百", "abc"])("rejects %j", (text) => {
    expect(chineseToBigInt(text)).toBeNull();
  });

  it("parses small ASCII or Chinese integers", () => {
    expect(parseSmallInt("12")).toBe(12);
    expect(parseSmallInt("三十一")).toBe(31);
    expect(parseSmallInt("x")).toBeNull();
  });
});
