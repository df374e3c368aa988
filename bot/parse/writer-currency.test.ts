// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { NOW, SHANGHAI } from "./test-support.js";

const amountOf = (text: string, writerCurrency?: string) => {
  const amount = parseSentence(text, { now: NOW, timezone: SHANGHAI, ...(writerCurrency ? { writerCurrency } : {}) }).amount;
  return amount ? [amount.minor / 100, amount.currency] : null;
};

/** Probe: "Contoso 说 budget 是 50k，下周四 demo" from an English rep opened a ¥50,000 deal. */
describe("a bare figure among Chinese words is in the writer's currency", () => {
  it.each([
    ["Contoso 说 budget 是 50k，下周四 demo", [50_000, "USD"]],
    ["Globex 预算 120k", [120_000, "USD"]],
    // a Chinese unit or a currency named is what it says
    ["Globex 预算 50万", [500_000, "CNY"]],
    ["Globex 预算 30万元", [300_000, "CNY"]],
    ["Contoso 说 budget 是 €50k", [50_000, "EUR"]],
    ["Contoso 说 budget 是 50k RMB", [50_000, "CNY"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text, "USD")).toEqual(expected);
  });
  it("without a writer's currency the Chinese words still make it yuan", () => {
    expect(amountOf("Contoso 说 budget 是 50k")).toEqual([50_000, "CNY"]);
  });
});
