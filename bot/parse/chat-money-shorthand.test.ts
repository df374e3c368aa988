// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";
import { parseSentence } from "./parse-sentence.js";

/** Probe: "报价 8w8" opened ¥80,000, "预算 1.2kw" no amount, "预算3万刀" ¥30,000. */
describe("money as Chinese reps type it in chat", () => {
  it.each([
    ["京东 报价 8w8", 8_800_000, "CNY"],
    ["京东 报价 12w5", 12_500_000, "CNY"],
    ["腾讯 预算 1.2kw", 1_200_000_000, "CNY"],
    ["腾讯 预算 2kw", 2_000_000_000, "CNY"],
    ["顺丰 报价 1.5kw 已发", 1_500_000_000, "CNY"],
    ["他们budget 5万刀", 5_000_000, "USD"],
    ["比亚迪 预算3万刀", 3_000_000, "USD"],
    ["美的 报价 20万美刀", 20_000_000, "USD"],
    ["报价 3k刀", 300_000, "USD"],
    // what was read before stays
    ["预算30w", 30_000_000, "CNY"],
    ["预算 3w", 3_000_000, "CNY"],
    ["刀片采购 预算5万", 5_000_000, "CNY"],
  ])("%s → %d %s", (text, minor, currency) => {
    const amount = parseSentence(text, { now: new Date("2026-12-10T06:45:00Z"), timezone: "Asia/Shanghai" }).amount;
    expect(amount && [amount.minor, amount.currency]).toEqual([minor, currency]);
  });

  it("echoes the rep's own characters", () => {
    expect(parseAmount("报价 8w8")?.text).toBe("8w8");
    expect(parseAmount("预算3万刀")?.text).toBe("3万刀");
  });
});
