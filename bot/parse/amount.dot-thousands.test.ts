// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";

/** Probe: "contoso quote: €42.000 incl. services" opened €42. */
describe("dots as thousands separators in euro amounts", () => {
  it.each<[string, [number, string] | null]>([
    ["contoso quote: €42.000 incl. services", [4_200_000, "EUR"]],
    ["acme: EUR 45.000", [4_500_000, "EUR"]],
    ["fabrikam quote €1.200.000", [120_000_000, "EUR"]],
    ["contoso quote: €12.500", [1_250_000, "EUR"]],
    // a decimal stays a decimal; a version number is no amount
    ["€1.5m deal", [150_000_000, "EUR"]],
    ["€12.50 per seat", [1250, "EUR"]],
    ["version 1.200.300 released", null],
  ])("%s", (text, expected) => {
    const a = parseAmount(text);
    expect(a && [a.minor, a.currency]).toEqual(expected);
  });
});
