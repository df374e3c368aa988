import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";

/** [sentence, lower bound, upper bound, ISO code] in minor units. */
const ranges: Array<[string, number, number, string]> = [
  ["between 40 and 60 dollars", 4_000, 6_000, "USD"],
  ["between $2.5 and $3.75", 250, 375, "USD"],
  ["between 40 dollars and 60 dollars", 4_000, 6_000, "USD"],
  ["from 15 to 25 euros", 1_500, 2_500, "EUR"],
  ["from €15 to €25", 1_500, 2_500, "EUR"],
  ["from 15 euros to 25 euros", 1_500, 2_500, "EUR"],
  ["$30-$45 per seat", 3_000, 4_500, "USD"],
  ["30 to 45 dollars", 3_000, 4_500, "USD"],
  ["budget $8k to $12k", 800_000, 1_200_000, "USD"],
  ["between 1.5 and 2 million dollars", 150_000_000, 200_000_000, "USD"],
  ["30-45 dollars", 3_000, 4_500, "USD"],
  ["£200–£300", 20_000, 30_000, "GBP"],
  ["8到12元", 800, 1_200, "CNY"],
  ["3.5至4.2元", 350, 420, "CNY"],
  ["五块到八块", 500, 800, "CNY"],
  ["两块五到三块", 250, 300, "CNY"],
  ["三元二角-三元九角五分", 320, 395, "CNY"],
  ["4块3到4块8毛5", 430, 485, "CNY"],
  ["报价10万到15万", 10_000_000, 15_000_000, "CNY"],
  ["20万至30万元", 20_000_000, 30_000_000, "CNY"],
  ["五到十万", 5_000_000, 10_000_000, "CNY"],
  ["价格5毛到1块", 50, 100, "CNY"],
  ["三到五千块", 300_000, 500_000, "CNY"],
  ["50到80美元", 5_000, 8_000, "USD"],
];

describe("parseAmount: ranges keep both ends", () => {
  it.each(ranges)("%s", (text, low, high, currency) => {
    expect(parseAmount(text)).toMatchObject({ minor: low, maxMinor: high, currency, approximate: true });
  });
});

/** A cap ("under $50", "最多200块") is the most the client will pay: the figure is both the amount and its upper bound. */
const caps: Array<[string, number, string]> = [
  ["under 50 dollars", 5_000, "USD"],
  ["less than €9", 900, "EUR"],
  ["no more than 12 pounds", 1_200, "GBP"],
  ["at most $3.5k", 350_000, "USD"],
  ["lower than 40 euros", 4_000, "EUR"],
  ["below $75", 7_500, "USD"],
  ["up to $20k", 2_000_000, "USD"],
  ["not more than 60 CAD", 6_000, "CAD"],
  ["最多两百块", 20_000, "CNY"],
  ["最多三块五", 350, "CNY"],
  ["预算不超过50万", 50_000_000, "CNY"],
  ["3.5元以下", 350, "CNY"],
  ["10万以内", 10_000_000, "CNY"],
  ["至多八十元", 8_000, "CNY"],
  ["不到一百块", 10_000, "CNY"],
  ["低于20美元", 2_000, "USD"],
];

describe("parseAmount: an upper limit is kept as maxMinor", () => {
  it.each(caps)("%s", (text, minor, currency) => {
    expect(parseAmount(text)).toMatchObject({ minor, maxMinor: minor, currency, approximate: true });
  });
});

/** A floor ("at least $20", "3块以上") is the amount itself: no upper bound. */
const floors: Array<[string, number, string]> = [
  ["at least $20", 2_000, "USD"],
  ["more than 15 euros", 1_500, "EUR"],
  ["over 3.25 dollars", 325, "USD"],
  ["no less than £8", 800, "GBP"],
  ["above a dollar and 10 cents", 110, "USD"],
  ["至少五块", 500, "CNY"],
  ["起码三块零二", 302, "CNY"],
  ["5.5元以上", 550, "CNY"],
];

describe("parseAmount: a lower limit is the amount, without an upper bound", () => {
  it.each(floors)("%s", (text, minor, currency) => {
    const got = parseAmount(text);
    expect([got?.minor, got?.currency, got?.maxMinor]).toEqual([minor, currency, undefined]);
  });
});

describe("parseAmount: ranges of things that are not money stay out", () => {
  it.each(["from 3 to 5 people", "between 2 and 4 pm", "10-20 users", "3到5天", "5到10个人", "between 10 and 20 units", "2026-2027"])("ignores %j", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

// Probe 21: "they signed off on phase 1 - 50k" opened a $1,000 deal (the range 1–50k, at its lower end).
describe("parseAmount: a phase or step number before a dash starts no range", () => {
  it.each([
    ["they signed off on phase 1 - 50k", 5_000_000],
    ["phase 2 - 300k", 30_000_000],
    ["option 3 - $12k", 1_200_000],
  ])("%s", (text, minor) => {
    const got = parseAmount(text);
    expect([got?.minor, got?.maxMinor]).toEqual([minor, undefined]);
  });
});
