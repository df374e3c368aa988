import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const ctx = { now: new Date("2026-12-10T07:30:00Z"), timezone: "Asia/Shanghai" };
const amount = (text: string) => {
  const a = parseSentence(text, ctx).amount;
  return a && [a.minor, a.currency];
};

// Found by the third probe: the customer's figure was stored over ours, a pilot's monthly rate over its worth,
// and a down payment's percentage hid the contract's value.
describe("the deal's value", () => {
  it.each<[string, [number, string] | null]>([
    ["Globex wants a 3 year deal at 70k/yr, I proposed 75k/yr", [7_500_000, "USD"]],
    ["they asked for 90k, we quoted 105k", [10_500_000, "USD"]],
    ["客户预算100万，我们报价120万", [120_000_000, "CNY"]],
    ["预算100万，我们还差20万", [100_000_000, "CNY"]],
    ["Contoso wants to start with a 6 month pilot at $4k/month", [2_400_000, "USD"]],
    ["3-month trial at $2k/mo", [600_000, "USD"]],
    ["阿里巴巴签约了🎉🎉 合同额98万 首付30%", [98_000_000, "CNY"]],
    ["合同150万，30万首付下周到", [150_000_000, "CNY"]],
    ["10万订金已到账", null],
    // found by the seventh probe: our quote beside a rival's, the figure both sides agreed, a change word after the old figure
    ["华为这边我们报了280万，竞品报价220万", [280_000_000, "CNY"]],
    ["globex wants a 10% discount off the 80k, we agreed to 72k", [7_200_000, "USD"]],
    ["they asked for 90k, we settled at 85k", [8_500_000, "USD"]],
    // our counter as a bare number is in the unit of their figure (probe: theirs was stored, or nothing)
    ["initech at 50k, we're holding at 55", [5_500_000, "USD"]],
    ["pied piper offered 20k we countered 25", [2_500_000, "USD"]],
    ["fabrikam came back at 52k, we're holding at 58", [5_800_000, "USD"]],
    ["budget 50k, we're at 3 people on the project", [5_000_000, "USD"]],
    // a gap from another price is no value (probe: "价格差了10万" opened a ¥100,000 lost deal)
    ["美的的单子输了 被用友抢了 价格差了10万", null],
    ["报价差价5万，我们报的是80万", [80_000_000, "CNY"]],
    ["they want 50k, we countered 200", [5_000_000, "USD"]],
    ["华为的合同金额100万，付款方式改成分三期", [100_000_000, "CNY"]],
    // a price they asked us to match is theirs until we agree to it
    ["Globex asked us to match 65k, we said no", null],
    ["they want us to match their price of 60k", null],
    ["Globex asked us to match 65k, we agreed", [6_500_000, "USD"]],
  ])("%s", (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });
});

describe("a later phase's money is not this deal's value", () => {
  it.each(["跟华为张总打了一个小时电话，主要聊了二期的需求，二期预算大概是300万", "phase 2 could be another 200k", "下一期预算500万"])("%s", (text) => {
    expect(amount(text)).toBeNull();
  });

  it.each<[string, [number, string]]>([
    ["一期合同200万", [200_000_000, "CNY"]],
    ["预算300万", [300_000_000, "CNY"]],
  ])("%s stays", (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });
});

describe("an order's figure beside its down payment", () => {
  it("腾讯下单了！150万，首付款下周到", () => {
    expect(amount("腾讯下单了！150万，首付款下周到")).toEqual([150_000_000, "CNY"]);
  });
});

describe("the price after a trial is the deal's value", () => {
  it.each<[string, [number, string]]>([
    ["Initech: 3 month trial at $2k/month, then 50k/yr", [5_000_000, "USD"]],
    ["试用3个月每月2万，转正后每年30万", [30_000_000, "CNY"]],
    ["Contoso wants to start with a 6 month pilot at $4k/month", [2_400_000, "USD"]],
  ])("%s", (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });
});

describe("a figure typed before a spaced date word", () => {
  it.each<[string, [number, string] | null]>([
    ["阿里巴巴 拜访 见了采购刘总 对方预算大概45万 周五前出方案", [45_000_000, "CNY"]],
    ["顺丰 电话 对方确认了二期需求 预算35万 月底前报价", [35_000_000, "CNY"]],
    ["20万 用户", null],
  ])("%s", (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });
});

// "华为张总说预算砍到一百五十万 我们坚持一百七十万" set the deal to ¥1,500,000: our position said after
// the customer's figure is the value.
describe("our position said after the customer's figure", () => {
  it.each([
    ["华为张总说预算砍到一百五十万 我们坚持一百七十万", [1_700_000, "CNY"]],
    ["华为张总说预算砍到一百五十万，我们坚持一百七十万", [1_700_000, "CNY"]],
    ["客户要降到150万，我们最多只能到170万", [1_700_000, "CNY"]],
    ["Globex wants 60k, we're holding at 72k", [72_000, "USD"]],
    ["Initech offered 40k, we're still at 48k", [48_000, "USD"]],
  ])("%s → %j", (text, expected) => {
    const read = parseSentence(text, ctx).amount;
    expect(read && [read.minor / 100, read.currency]).toEqual(expected);
  });
});
