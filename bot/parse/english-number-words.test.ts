import { describe, expect, it } from "vitest";
import { englishWordsToNumber } from "./english-number-words.js";

describe("englishWordsToNumber", () => {
  it.each<[string, number]>([
    ["one", 1],
    ["twelve", 12],
    ["twenty", 20],
    ["twenty one", 21],
    ["forty-five", 45],
    ["ninety nine", 99],
    ["a hundred", 100],
    ["one hundred and five", 105],
    ["three hundred twenty", 320],
    ["a thousand", 1_000],
    ["two thousand and twenty-six", 2_026],
    ["fifteen hundred", 1_500],
    ["two hundred thousand", 200_000],
    ["a million", 1_000_000],
    ["half a million", 500_000],
    ["one and a half million", 1_500_000],
    ["three quarters billion", 750_000_000],
    ["two million three hundred thousand", 2_300_000],
    ["twenty one thousand five hundred", 21_500],
    ["a dozen", 12],
    ["five grand", 5_000],
    ["Two Hundred", 200],
    ["ten lakh", 1_000_000],
  ])("%s = %d", (text, value) => {
    expect(englishWordsToNumber(text)).toBe(value);
  });

  it.each(["", "a", "an", "and", "one one", "twenty thirty", "a million a million", "thousand million", "hello", "million"])("rejects %j", (text) => {
    expect(englishWordsToNumber(text)).toBeNull();
  });
});
