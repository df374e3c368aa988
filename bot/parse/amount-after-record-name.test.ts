// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";

/** Probe: "Pied Piper meeting; deal 1,200,000" and "confirmed 1,200,000 for the contract" opened no deal (no currency, no budget word). */
describe("a large figure named the deal's or the contract's value", () => {
  it.each([
    ["Contoso confirmed 1,200,000 for the contract", 120_000_000],
    ["Pied Piper meeting; deal 1,200,000", 120_000_000],
    ["deal 1200000 with Globex", 120_000_000],
    ["contract 1,200,000", 120_000_000],
  ])("%s", (text, minor) => {
    expect(parseAmount(text, "USD")?.minor).toBe(minor);
  });
  it.each(["deal 3 of 5 closed this week", "contract 12 months", "Globex deal 45", "contract for 2027 renewal"])("no amount: %s", (text) => {
    expect(parseAmount(text, "USD")).toBeNull();
  });
});
