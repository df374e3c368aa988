// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { NOW, SHANGHAI } from "./test-support.js";

const amountOf = (text: string) => {
  const amount = parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount;
  return amount ? [amount.minor / 100, amount.currency] : null;
};

// "Globex: $10k/month, 12 month contract" set the deal to $10,000; "每月5万，签三年" to ¥50,000.
describe("a rate per month, week or day with its term is worth rate × periods", () => {
  it.each([
    ["Globex: $10k/month, 12 month contract", [120_000, "USD"]],
    // probe 10: the term said after the other side's monthly rate is ours too
    ["called Acme Corp re renewal. they want $5k/mo for 2 yrs, we quoted 6k/mo", [144_000, "USD"]],
    ["Globex: $10k per month, 12-month contract", [120_000, "USD"]],
    ["$5k a month for 6 months", [30_000, "USD"]],
    ["$2k monthly, 2-year term", [48_000, "USD"]],
    ["40 seats at $35/seat/mo, 12-month term", [16_800, "USD"]],
    ["京东年框合同，每月5万，签三年", [1_800_000, "CNY"]],
    ["每月3万，签12个月", [360_000, "CNY"]],
    ["月租8000，签两年", [192_000, "CNY"]],
    ["3万/月，合同6个月", [180_000, "CNY"]],
    ["$800 a day, 5 days onsite", [4_000, "USD"]],
    // probe: "annual" is a one-year term of a monthly rate
    ["fabrikam quote: 200 users x $25/user/mo, annual", [60_000, "USD"]],
    ["$2k/mo, billed annually", [24_000, "USD"]],
    ["$1,500 a month on an annual contract", [18_000, "USD"]],
    ["顾问费每天5000元，共10天", [50_000, "CNY"]],
    // the periods multiplied right after the rate, years said bare or right after it
    ["northwind traders called in, want to upgrade. quote 25k/mo x 12", [300_000, "USD"]],
    ["$2k/mo x 3 yrs", [72_000, "USD"]],
    ["$3k/wk × 6", [18_000, "USD"]],
    ["northwind: inbound call, they want 200 licenses, $50 each per month, 1 yr", [120_000, "USD"]],
    ["$5k/month, 2 yrs", [120_000, "USD"]],
    ["$5k/month for 2 years", [120_000, "USD"]],
    ["$5k/month for two yrs", [120_000, "USD"]],
    // the years said right before the rate
    ["Fabrikam wants a quote for 2 yrs at $3k/mo", [72_000, "USD"]],
    ["Initech: pricing for three years at $1k per month", [36_000, "USD"]],
    ["quote over 2 years @ $4k/month", [96_000, "USD"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

describe("without a term, or priced by the year, the figure is what it was", () => {
  it.each([
    ["美的集团月租8000", [8_000, "CNY"]],
    ["Globex: 250 seats x $30/mo", [7_500, "USD"]],
    ["Initech: $45k per year", [45_000, "USD"]],
    ["华为：三年合同，每年60万", [600_000, "CNY"]],
    ["$150 an hour, 40 hours", [6_000, "USD"]],
    ["budget 50k, decision in 3 months", [50_000, "USD"]],
    ["月租8000元，3个月后续签", [8_000, "CNY"]],
    ["globex has been a customer for 2 years, $4k/month", [4_000, "USD"]],
    ["Globex at 4k/mo since 3 yrs", [4_000, "USD"]],
    ["$4k/month, we met them 2 years ago", [4_000, "USD"]],
    ["customer for 2 years, now at $4k/month", [4_000, "USD"]],
    ["Globex has been with us for 2 yrs at $3k/mo, renewal coming up", [3_000, "USD"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

// Found by review: a duration that is no term multiplied the rate.
describe("a duration that is not the rate's term multiplies nothing", () => {
  it.each([
    ["Globex renewal $10k per month, they've been a customer for 2 years", [10_000, "USD"]],
    ["Globex quoted $50k a month ago", [50_000, "USD"]],
    ["华为每月5万，已经合作两年了", [50_000, "CNY"]],
    ["Globex $800 a day, net 30 days", [800, "USD"]],
    ["Globex at $10k/month, decision in 3 months", [10_000, "USD"]],
    ["Globex $5k/week, kickoff in 2 weeks", [5_000, "USD"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

// "$10k/month, 12 month contract" also set a follow-up on 12 April ("month, 12" read as a day).
describe("a rate's comma and count are no date", () => {
  it.each(["Pied Piper: $10k/month, 12 month contract", "$99 per month, 12 seats"])("%s sets no follow-up", (text) => {
    expect(parseSentence(text, { now: NOW, timezone: SHANGHAI }).followUp).toBeNull();
  });
});
