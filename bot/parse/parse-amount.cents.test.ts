import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";

/** [sentence, minor units, ISO code] — cents on their own and cents after the main unit. */
const cents: Array<[string, number, string]> = [
  // cents alone are a fraction of the main unit
  ["ten cents", 10, "USD"],
  ["twenty-five cents each", 25, "USD"],
  ["35c per unit", 35, "USD"],
  ["99¢", 99, "USD"],
  ["costs 40 ¢", 40, "USD"],
  ["seven pennies", 7, "USD"],
  ["a penny", 1, "USD"],
  ["ninety pence", 90, "GBP"],
  // the main unit followed by its cents
  ["$12 and 30c", 1_230, "USD"],
  ["$12 and 30 cents", 1_230, "USD"],
  ["$7 99", 799, "USD"],
  ["US$4 and fifty", 450, "USD"],
  ["9 dollar 15c", 915, "USD"],
  ["eleven dollars 5 cents", 1_105, "USD"],
  ["nine dollars and ten", 910, "USD"],
  ["4 GBP 20 pence", 420, "GBP"],
  ["4 GBP and twenty", 420, "GBP"],
  ["6 CAD 45 cents", 645, "CAD"],
  ["2 CHF 5 cents", 205, "CHF"],
  ["a dollar and 5 cents", 105, "USD"],
  ["18 ringgit and 20 sen", 1_820, "MYR"],
  ["5 UAH 10 kopiykas", 510, "UAH"],
  // Chinese sub-units: 角/毛/毫 are tenths, 分/仙 hundredths
  ["两毛五", 25, "CNY"],
  ["十二毛", 120, "CNY"],
  ["1.5毛", 15, "CNY"],
  ["两角五分", 25, "CNY"],
  ["三毛八分", 38, "CNY"],
  ["5分钱", 5, "CNY"],
  ["八分钱一个", 8, "CNY"],
  ["三块零四", 304, "CNY"],
  ["7块零5分", 705, "CNY"],
  ["两块半", 250, "CNY"],
  ["一块二角", 120, "CNY"],
  ["十元零五分", 1_005, "CNY"],
  ["两毫", 20, "HKD"],
  ["五仙", 5, "HKD"],
  ["三蚊零四", 304, "HKD"],
];

describe("parseAmount: cents and sub-units", () => {
  it.each(cents)("%s", (text, minor, currency) => {
    const got = parseAmount(text);
    expect([got?.minor, got?.currency]).toEqual([minor, currency]);
  });
});

describe("parseAmount: a lone 分 is money only when the message is just that amount", () => {
  it.each<[string, number]>([
    ["5分", 5],
    ["25分", 25],
    ["二十分", 20],
    ["九分", 9],
  ])("%s", (text, minor) => {
    expect(parseAmount(text)).toMatchObject({ minor, currency: "CNY" });
  });

  it.each(["3点5分", "下午3点20分开会", "打了5分", "满分10分", "还差5分钟", "25分钟后回电", "得了九十分", "5分之1"])("ignores %j", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe("parseAmount: a letter c is cents only glued to the number", () => {
  it.each(["plan c", "section 3 c", "grade 5 c", "3 c-level contacts", "10 cm"])("ignores %j", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});
