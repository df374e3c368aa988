// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";

/** Probe: "contoso quote: €42.000 incl. services" opened €42; "合同总额 90万 分两期" opened no deal (分 read as fen). */
describe("dots as thousands separators in euro amounts", () => {
  it.each<[string, [number, string] | null]>([
    ["contoso quote: €42.000 incl. services", [4_200_000, "EUR"]],
    // with a comma before the cents, as across much of Europe ("€1.200,50" was €1.20)
    ["€1.200,50", [120_050, "EUR"]],
    ["EUR 12.345,67", [1_234_567, "EUR"]],
    ["1.200,50 €", [120_050, "EUR"]],
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

describe("分 before a count of instalments is no fen", () => {
  it.each<[string, [number, string]]>([
    ["京东 合同总额 90万 分两期", [90_000_000, "CNY"]],
    ["顺丰 合同总额 240万 分三期付 每期80万", [240_000_000, "CNY"]],
    ["三块五毛二分", [352, "CNY"]],
    ["12元3角4分", [1234, "CNY"]],
  ])("%s", (text, expected) => {
    const a = parseAmount(text);
    expect(a && [a.minor, a.currency]).toEqual(expected);
  });
});

/** Probe round 2: "Northwind renewal - 45,000 - decision EOM", "emailed the PO! 48,500" opened no deal. */
describe("a figure grouped in thousands standing as a piece of a note", () => {
  it.each<[string, [number, string] | null]>([
    ["Northwind renewal - 45,000 - decision EOM", [4_500_000, "USD"]],
    ["Acme procurement emailed the PO! 48,500", [4_850_000, "USD"]],
    ["Acme: 12,000", [1_200_000, "USD"]],
    // a count, an order or a ticket number stays none
    ["Globex - 1,000 seats - next week", null],
    ["they need 1,000 units", null],
    ["order #12,345", null],
    ["ticket 12,345 - fixed", null],
  ])("%s", (text, expected) => {
    const a = parseAmount(text);
    expect(a && [a.minor, a.currency]).toEqual(expected);
  });
});
