import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");
const amountOf = (text: string) => {
  const a = parseSentence(text, { now, timezone: "Asia/Shanghai" }).amount;
  return a ? [a.minor / 100, a.currency] : null;
};

describe("a price per unit is multiplied by the quantity, or is no deal amount", () => {
  it.each([
    ["Hooli: 500 seats at $40/seat", [20_000, "USD"]],
    ["Acme wants 200 licenses at $120 each", [24_000, "USD"]],
    // probe: "more" between the count and the unit hid the count
    ["Called Bob at Contoso re: expansion. He's interested in 25 more seats at $1,200 each.", [30_000, "USD"]],
    ["globex adding 40 additional licenses @ $300 each", [12_000, "USD"]],
    ["Globex needs 1,000 users, $15 per user", [15_000, "USD"]],
    ["华为要200套，每套350元", [70_000, "CNY"]],
    ["单价80元，腾讯要300台", [24_000, "CNY"]],
    // a bare price after 每台 / 每套 is money, and the count elsewhere multiplies it
    ["小米科技给了个价，每台2800，要100台", [280_000, "CNY"]],
    ["比亚迪要50套，每套1200", [60_000, "CNY"]],
    ["小米采购100台服务器，单台2.5万", [2_500_000, "CNY"]],
    ["京东要50个账号，200元/账号", [10_000, "CNY"]],
    // a quantity times the price
    ["Globex: 250 seats x $30/mo", [7_500, "USD"]],
    ["$30 × 250 licenses for Acme", [7_500, "USD"]],
    ["腾讯 30元*500台", [15_000, "CNY"]],
    ["Initech 2 x $1,000 servers", [2_000, "USD"]],
    // the unit before the times sign (probe: "$300/seat x 50" was no amount)
    ["initech: $300/seat x 50", [15_000, "USD"]],
    ["腾讯 30元/台*500", [15_000, "CNY"]],
    ["$40 per user x 100 users", [4_000, "USD"]],
    ["Globex: $35 per user", null],
    ["京东报价5000元/套", null],
    // a total stays a total
    ["budget 200k for 500 seats", [200_000, "USD"]],
    ["华为200套，总价7万", [70_000, "CNY"]],
    ["Acme signed for $48,000 for 400 seats", [48_000, "USD"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

// Probe round 2 re-run: "… a quote for 40 licenses at 120 each", "300/seat x 50 seats" stored no amount (no currency).
describe("a bare price for each unit beside their count", () => {
  it.each([
    ["dunder mifflin paper - spoke w/ Jan, they want a quote for 40 licenses at 120 each, need it by EOD", [4_800, "USD"]],
    ["Pied Piper budget confirmed: 300/seat x 50 seats", [15_000, "USD"]],
    ["we need 1,000 units at 2.50 each", [2_500, "USD"]],
    ["50 seats at 300 per seat", [15_000, "USD"]],
    // "@" after a count of units is a price for each ("50 seats @ 300"), a time is not
    ["Initech 50 seats @ 300, send quote friday", [15_000, "USD"]],
    ["20 licenses @ 99.50", [1_990, "USD"]],
    ["demo for 50 users @ 3pm", null],
    ["10 users @ 10:30 tomorrow", null],
    // a bare number with no "each", "per" or "@" is no price
    ["met 3 people at 10", null],
    ["50 seats at 300", null],
  ])("%s", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});
