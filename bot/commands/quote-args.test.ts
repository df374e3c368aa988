import { describe, expect, it } from "vitest";
import { parseLineArgs, parsePrice } from "./quote-args.js";

describe("quote line arguments", () => {
  it("reads product, quantity, price and discount", () => {
    expect(parseLineArgs(["服务器", "2", "5000", "15%"])).toEqual({
      quoteRef: null,
      product: "服务器",
      quantity: 2,
      unitPriceMinor: 500_000n,
      discountBp: 1500,
    });
    expect(parseLineArgs(["Cloud", "license", "10", "1,200.50"])).toEqual({
      quoteRef: null,
      product: "Cloud license",
      quantity: 10,
      unitPriceMinor: 120_050n,
      discountBp: 0,
    });
    expect(parseLineArgs(["Q0003", "实施服务", "1", "5万", "8折"])).toMatchObject({
      quoteRef: "Q0003",
      product: "实施服务",
      unitPriceMinor: 5_000_000n,
      discountBp: 2000,
    });
    expect(parseLineArgs(["服务器", "2", "5000", "15"])).toMatchObject({ discountBp: 1500, unitPriceMinor: 500_000n });
  });

  it("refuses what it cannot read", () => {
    expect(parseLineArgs(["服务器", "两台", "5000"])).toBeNull();
    expect(parseLineArgs(["服务器", "2", "很贵"])).toBeNull();
    expect(parseLineArgs(["2", "5000"])).toBeNull();
    expect(parseLineArgs(["x", "2", "5000", "120%"])).toBeNull();
  });

  it("never uses floating point for prices", () => {
    expect(parsePrice("0.29")).toBe(29n);
    expect(parsePrice("19999999999.99")).toBe(1_999_999_999_999n);
  });
});
