import { describe, expect, it } from "vitest";
import { parseAmountSlot, splitTrailingAmount } from "./amount-slot.js";

describe("parseAmountSlot: the whole slot is the amount", () => {
  it.each<[string, string, number, string]>([
    ["200000", "CNY", 20_000_000, "CNY"],
    ["200000", "USD", 20_000_000, "USD"],
    ["1,200,000", "USD", 120_000_000, "USD"],
    ["1.2m", "USD", 120_000_000, "USD"],
    ["¥80万", "USD", 80_000_000, "CNY"],
    ["20万", "CNY", 20_000_000, "CNY"],
    ["二十万", "CNY", 20_000_000, "CNY"],
    ["壹拾万元整", "CNY", 10_000_000, "CNY"],
    ["1,200,000 RMB", "USD", 120_000_000, "CNY"],
    ["USD 50k", "CNY", 5_000_000, "USD"],
    ["５００００", "CNY", 5_000_000, "CNY"],
    ["12万5", "CNY", 12_500_000, "CNY"],
    ["20多万", "CNY", 20_000_000, "CNY"],
    ["half a million", "USD", 50_000_000, "USD"],
    ["99.99", "USD", 9_999, "USD"],
    [" 3000 ", "CNY", 300_000, "CNY"],
    ["2026", "CNY", 202_600, "CNY"],
  ])("%j (default %s)", (text, fallback, minor, currency) => {
    const got = parseAmountSlot(text, fallback);
    expect([got?.minor, got?.currency]).toEqual([minor, currency]);
  });

  it.each(["", "abc", "12abc", "abc 20万", "20人", "3点", "15%", "-500", "0", "0.00", "$", "万", "几万", "13800138000", "第二"])("refuses %j", (text) => {
    expect(parseAmountSlot(text, "CNY")).toBeNull();
  });
});

describe("splitTrailingAmount: name words, then an optional amount", () => {
  it.each<[string, string, number | null]>([
    ["Acme 200000", "Acme", 20_000_000],
    ["Acme Corp 1,200,000 RMB", "Acme Corp", 120_000_000],
    ["Acme Corp USD 50k", "Acme Corp", 5_000_000],
    ["Acme Corp 50k USD", "Acme Corp", 5_000_000],
    ["腾讯 800000", "腾讯", 80_000_000],
    ["腾讯 80万", "腾讯", 80_000_000],
    ["Acme Corp", "Acme Corp", null],
    ["Acme", "Acme", null],
  ])("%s", (text, rest, minor) => {
    const split = splitTrailingAmount(text.split(" "), "CNY");
    expect(split.rest.join(" ")).toBe(rest);
    expect(split.kind === "amount" ? split.amount.minor : null).toBe(minor);
  });

  it.each(["Acme 12abc", "Acme -500", "Acme $abc", "腾讯 20人", "腾讯 几万块", "Acme 0", "Acme Corp 20 USD USD"])("%s is unreadable", (text) => {
    expect(splitTrailingAmount(text.split(" "), "CNY").kind).toBe("unreadable");
  });
});
