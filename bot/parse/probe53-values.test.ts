// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const at = { now: new Date("2027-11-11T01:00:00Z"), timezone: "Asia/Shanghai", names: ["华为", "Globex"] };

/** Probe 53: "Globex called, adding 20 seats @ $750 — +15k on the deal, confirmed" set the $80,000 deal to $15,000. */
describe("seats added at a unit price, or a plus on the deal, is how much the deal grows", () => {
  it.each([
    ["Globex called, adding 20 seats @ $750 — +15k on the deal, confirmed", 1_500_000],
    ["Globex: adding 20 seats at $750 each", 1_500_000],
    ["Globex added 10 licenses at $1,200 each", 1_200_000],
    ["Globex called, +15k on the deal", 1_500_000],
    ["globex +20k to the contract, signed off", 2_000_000],
  ])("%s → up %d", (text, minor) => {
    const amount = parseSentence(text, at).amount;
    expect(amount && [amount.minor, amount.change]).toEqual([minor, "up"]);
  });
  it("a count wanted at a unit price is still the deal's value", () => {
    const amount = parseSentence("Globex wants 20 seats at $750 each", at).amount;
    expect(amount && [amount.minor, amount.change ?? null]).toEqual([1_500_000, null]);
  });
});

describe("上浮 / 下浮 move the deal by a share", () => {
  it.each([
    ["华为电话确认加两个模块，总价上浮15%", { change: "up", percent: 15 }],
    ["华为总价下浮5%，客户同意了", { change: "down", percent: 5 }],
  ])("%s", (text, share) => {
    expect(parseSentence(text, at).amountShare).toEqual(share);
  });
});
