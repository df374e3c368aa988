import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";

/** A sentence that changes an amount names the old one first: the deal's value is the new one. */
describe("an amount changed from A to B is B", () => {
  it.each<[string, number, string]>([
    ["腾讯的项目金额从80万调到100万", 100_000_000, "CNY"],
    ["预算从100万降到80万", 80_000_000, "CNY"],
    ["金额由50万改为60万", 60_000_000, "CNY"],
    ["价格从2万涨到2.5万", 2_500_000, "CNY"],
    ["合同额从120万砍到了90万", 90_000_000, "CNY"],
    ["报价由30万下调至25万", 25_000_000, "CNY"],
    ["华为的单子 80万→100万", 100_000_000, "CNY"],
    ["budget raised from $50k to $80k", 8_000_000, "USD"],
    ["they cut the budget from 200k to 150k", 15_000_000, "USD"],
    ["deal size went from $1.2M to $1.5M", 150_000_000, "USD"],
    ["price changed from €40,000 to €35,000", 3_500_000, "EUR"],
    ["increased the quote from 10k to 12k USD", 1_200_000, "USD"],
    ["Acme: $90k -> $75k after negotiation", 7_500_000, "USD"],
    // the old figure, then the change word, without 从
    ["华为 200万改成250万", 250_000_000, "CNY"],
    ["华为 2百万 改成 两百五十万", 250_000_000, "CNY"],
    ["合同额120万调整为110万", 110_000_000, "CNY"],
  ])("%s", (text, minor, currency) => {
    expect(parseAmount(text)).toMatchObject({ minor, currency });
  });

  it.each<[string, number, number]>([
    ["预算在50到80万之间", 50_000_000, 80_000_000],
    ["budget between $50k and $80k", 5_000_000, 8_000_000],
    ["from $30 to $45 per seat", 3_000, 4_500],
  ])("a range with no change word keeps both ends: %s", (text, minor, maxMinor) => {
    expect(parseAmount(text)).toMatchObject({ minor, maxMinor });
  });
});

describe("finance shorthand and counted lists", () => {
  it.each<[string, number]>([
    ["Stark Industries quoted at 1.2 mil", 120_000_000],
    ["a 3 mil deal", 300_000_000],
    ["budget 2.5 mio", 250_000_000],
    ["worth 4 mln dollars", 400_000_000],
  ])("%s", (text, minor) => {
    expect(parseAmount(text)?.minor).toBe(minor);
  });

  it.each([
    "Umbrella Corp wants 3 quotes: 10, 20 and 50 seats",
    "quote for 5, 10 or 20 users",
    "报价：10、20和50台三种配置",
    "pricing for 100 and 200 licences",
  ])("numbers counted in a list are no amount: %s", (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it.each<[string, number]>([
    ["Northwind signed! 48k, 2 year term", 4_800_000],
    ["signed with Northwind for 48k, 3 year term", 4_800_000],
    ["$48,000, 2 years", 4_800_000],
    ["closed at 120k, 24 month contract", 12_000_000],
    ["renewed, 75k, 12 seats", 7_500_000],
    ["签了，48万，3年服务期", 48_000_000],
    ["美的签约了 20万，两年", 20_000_000],
    ["合同金额48万元，3年", 48_000_000],
    ["成交价30万, 2 years", 30_000_000],
  ])("a figure with its scale or currency, then a term or a count, is the amount: %s", (text, minor) => {
    expect(parseAmount(text)?.minor).toBe(minor);
  });
});
