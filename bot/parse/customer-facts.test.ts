// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { SHANGHAI } from "./test-support.js";

/**
 * Probe: "顺丰电话 他们年营收200亿 我们这单大概30万" opened a ¥20,000,000,000 deal and "他们去年采购了1000万的设备 我们这单200万不变"
 * changed deal #1 to ¥10,000,000: the customer's own revenue, capital, staff or last year's spending is no deal amount.
 */
const NOW = new Date("2026-12-04T07:30:00Z");
const amountOf = (text: string) => {
  const a = parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount;
  return a ? [a.minor, a.currency] : null;
};

describe("the deal's figure beside a fact about the customer", () => {
  it.each([
    ["顺丰电话 他们年营收200亿 我们这单大概30万", [30_000_000, "CNY"]],
    ["华为电话 他们去年采购了1000万的设备 我们这单200万不变", [200_000_000, "CNY"]],
    ["华为电话 他们去年预算800万 今年我们这单250万", [250_000_000, "CNY"]],
    ["比亚迪开会 去年营收6000亿 我们项目大概80万", [80_000_000, "CNY"]],
    ["腾讯电话 注册资本50亿 预算60万", [60_000_000, "CNY"]],
    ["顺丰电话 他们有10万员工 这单30万", [30_000_000, "CNY"]],
    ["美的拜访，市值5000亿的公司，这单预算50万", [50_000_000, "CNY"]],
    ["call w globex - revenue 2m/yr for them, deal 60k", [6_000_000, "USD"]],
    ["Initech raised $40m last month, budget for us is 90k", [9_000_000, "USD"]],
    // review
    ["华为员工20万，这单预算还是200万", [200_000_000, "CNY"]],
    ["initech headcount is about 5000, deal 60k", [6_000_000, "USD"]],
  ])("%s", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

describe("a fact about the customer alone is no amount", () => {
  it.each([
    "globex raised $50m series b, call them tmrw",
    "call w globex - their revenue is 2m/yr",
    "京东拜访 他们年营收1万亿",
    "小米电话 他们有3万名员工",
    "initech revenue is about 2b, huge potential",
    // probe 25: the money a customer raised, said before the word
    "Pied Piper called — they got another $2M funding round",
    "contoso closed a $30m series c last week",
    "小米生态链那家刚拿到3000万A轮融资",
    "京东物流完成了5亿元融资",
  ])("%s", (text) => {
    expect(amountOf(text)).toBeNull();
  });
});

describe("near misses: the deal's own figures stay", () => {
  it.each([
    ["华为电话 预算200万", [200_000_000, "CNY"]],
    ["小米采购了我们200万的设备", [200_000_000, "CNY"]],
    ["Globex wants 200 seats at $30/seat", [600_000, "USD"]],
    ["华为电话 这单报价120万", [120_000_000, "CNY"]],
  ])("%s", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

/**
 * Probe 33: "华为昨晚跟他们李总吃了个饭，他透露明年整体IT预算大概5000万" asked to change deal #1 to ¥50,000,000 (and held
 * the dinner back until answered): the customer's whole IT budget is a fact about them, and its year no follow-up.
 */
describe("the customer's overall budget is no deal figure", () => {
  it.each([
    "华为昨晚跟他们李总吃了个饭，他透露明年整体IT预算大概5000万",
    "美的今年整体信息化预算3个亿",
    "腾讯全公司的采购预算大概10亿",
    "Globex overall IT budget is $20M",
    "initech's company-wide software spend is about 5m",
  ])("%s", (text) => {
    const parsed = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(parsed.amount).toBeNull();
    expect(parsed.followUp).toBeNull();
  });

  it.each([
    ["Globex overall IT budget is $20M, this project is 90k", [9_000_000, "USD"]],
    ["美的集团预算50万", [50_000_000, "CNY"]],
    ["华为说这个项目预算250万", [250_000_000, "CNY"]],
  ])("%s keeps the deal's own figure", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});
