import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineFigures, percentToBp, quoteTotals, zheToBp } from "./quote-money.js";

describe("quote money", () => {
  it("rounds each line half up to the minor unit", () => {
    // 3 × ¥33.33 at 15 % off = 9999 × 0.85 = 8499.15 → 8499
    expect(lineFigures(3, 3333n, 1500)).toEqual({ grossMinor: 9999n, discountMinor: 1500n, totalMinor: 8499n });
    // 1 × 0.01 at 50 % = 0.005 → 0.01 (half up)
    expect(lineFigures(1, 1n, 5000).totalMinor).toBe(1n);
    expect(lineFigures(1, 3n, 5000).totalMinor).toBe(2n);
    expect(lineFigures(2, 10_000_00n, 0).totalMinor).toBe(20_000_00n);
  });

  it("totals are sums of the rounded lines and always add up", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 0, max: 10_000 }),
            unitPriceMinor: fc.bigInt({ min: 0n, max: 10n ** 12n }),
            discountBp: fc.integer({ min: 0, max: 10_000 }),
          }),
          { maxLength: 20 },
        ),
        (lines) => {
          const t = quoteTotals(lines);
          expect(t.subtotalMinor - t.discountMinor).toBe(t.totalMinor);
          expect(t.totalMinor >= 0n && t.totalMinor <= t.subtotalMinor).toBe(true);
        },
      ),
    );
  });

  it("reads percentages and Chinese 折", () => {
    expect(percentToBp("15%")).toBe(1500);
    expect(percentToBp("12.5")).toBe(1250);
    expect(percentToBp("101%")).toBeNull();
    expect(percentToBp("abc")).toBeNull();
    expect(zheToBp("8折")).toBe(2000);
    expect(zheToBp("85折")).toBe(1500);
    expect(zheToBp("8.5折")).toBe(1500);
  });
});
