import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";

describe("parseAmount", () => {
  const found: Array<[string, number, string, string]> = [
    // text, minor units, currency, echoed text
    ["budget 200k", 20_000_000, "USD", "200k"],
    ["$50k", 5_000_000, "USD", "$50k"],
    ["$1.5m", 150_000_000, "USD", "$1.5m"],
    ["deal worth 2.5M", 250_000_000, "USD", "2.5M"],
    ["about 3mn dollars", 300_000_000, "USD", "3mn dollars"],
    ["budget 200,000", 20_000_000, "USD", "200,000"],
    ["budget: 1,234.56", 123_456, "USD", "1,234.56"],
    ["20万", 20_000_000, "CNY", "20万"],
    ["预算20万", 20_000_000, "CNY", "20万"],
    ["2.5万", 2_500_000, "CNY", "2.5万"],
    ["1.15万", 1_150_000, "CNY", "1.15万"],
    ["1.2亿", 12_000_000_000, "CNY", "1.2亿"],
    ["3千万", 3_000_000_000, "CNY", "3千万"],
    ["5000元", 500_000, "CNY", "5000元"],
    ["大概800块", 80_000, "CNY", "800块"],
    ["20w", 20_000_000, "CNY", "20w"],
    ["预算30W左右", 30_000_000, "CNY", "30W"],
    ["¥3000", 300_000, "CNY", "¥3000"],
    ["￥1.5万", 1_500_000, "CNY", "￥1.5万"],
    ["RMB 80k", 8_000_000, "CNY", "RMB 80k"],
    ["50万美元", 50_000_000, "USD", "50万美元"],
    ["€20k", 2_000_000, "EUR", "€20k"],
    ["30 EUR", 3_000, "EUR", "30 EUR"],
    ["HK$500k", 50_000_000, "HKD", "HK$500k"],
    ["五十万港币", 50_000_000, "HKD", "五十万港币"],
    ["二十万", 20_000_000, "CNY", "二十万"],
    ["两万五千块", 2_500_000, "CNY", "两万五千块"],
    ["一百二十万元", 120_000_000, "CNY", "一百二十万元"],
    ["报价 8.8 万元", 8_800_000, "CNY", "8.8 万元"],
    ["１２万", 12_000_000, "CNY", "12万"],
    ["5000日元", 5_000, "JPY", "5000日元"],
    // several numbers: the one next to a budget word wins
    ["met 3 people, 2 days ago, budget 150k", 15_000_000, "USD", "150k"],
    ["3 licenses for $1,200 each, total budget $5k", 500_000, "USD", "$5k"],
    ["下周二见面，10个人，预算30万", 30_000_000, "CNY", "30万"],
    ["Budget for 2026 is 80k", 8_000_000, "USD", "80k"],
    ["合同额300万，首付20%", 300_000_000, "CNY", "300万"],
    // half-up rounding below a cent
    ["$1.005", 101, "USD", "$1.005"],
  ];
  it.each(found)("%s", (text, minor, currency, echoed) => {
    expect(parseAmount(text)).toEqual({ minor, currency, text: echoed });
  });

  const notMoney: string[] = [
    "3pm",
    "下午3点",
    "3月5号",
    "12月1日",
    "13800138000",
    "call me at 138-0013-8000",
    "+86 138 0013 8000",
    "15:30",
    "on 12/1",
    "Q3",
    "in 2026",
    "met 3 people",
    "5k seats",
    "20万用户",
    "3 weeks",
    "下周二给报价",
    "千万不要忘了",
    "一下",
    "asdfgh",
    "",
    "😀😀",
    "十一月",
    "3个月",
    "报价一下",
    "$$$",
    "万万万",
    "1111111",
  ];
  it.each(notMoney)("ignores %j", (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it("reads a range as its lower bound, keeps the upper one and flags it approximate", () => {
    expect(parseAmount("预算20-30万")).toEqual({ minor: 20_000_000, currency: "CNY", text: "20-30万", approximate: true, maxMinor: 30_000_000 });
    expect(parseAmount("budget 50~80k")).toEqual({ minor: 5_000_000, currency: "USD", text: "50~80k", approximate: true, maxMinor: 8_000_000 });
  });

  it("reads 万 and its pinyin w as yuan even in English text", () => {
    expect(parseAmount("deal new Acme 20w")).toEqual({ minor: 20_000_000, currency: "CNY", text: "20w" });
    expect(parseAmount("deal new Acme 200k")).toEqual({ minor: 20_000_000, currency: "USD", text: "200k" });
  });

  it("uses the caller default currency for bare numbers", () => {
    expect(parseAmount("deal new Acme 200k", "CNY")).toEqual({ minor: 20_000_000, currency: "CNY", text: "200k" });
  });

  it("lets an explicit currency beat the default", () => {
    expect(parseAmount("deal new Acme $200k", "CNY")).toEqual({ minor: 20_000_000, currency: "USD", text: "$200k" });
  });

  it("uses the currency minor unit size", () => {
    expect(parseAmount("5000 JPY")).toEqual({ minor: 5_000, currency: "JPY", text: "5000 JPY" });
  });

  it("rejects amounts beyond safe integer range instead of losing precision", () => {
    expect(parseAmount("$99999999999999999")).toBeNull();
  });
});
