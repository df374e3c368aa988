import { describe, expect, it } from "vitest";
import { formatAmounts, formatDate, formatDateTime, formatDealAmount, formatMoney } from "./format.js";

describe("formatMoney", () => {
  it.each([
    [20_000_000, "CNY", "zh", "¥200,000"],
    [20_000_000, "CNY", "en", "CN¥200,000"],
    [12_345, "CNY", "zh", "¥123.45"],
    [5_000_000, "USD", "en", "$50,000"],
    [5_000_000, "USD", "zh", "US$50,000"],
    [123_456, "USD", "en", "$1,234.56"],
    [150, "USD", "en", "$1.50"],
    // Yen has no minor unit: the stored integer is whole yen.
    [1_500_000, "JPY", "en", "¥1,500,000"],
    [1_500_000, "JPY", "zh", "JP¥1,500,000"],
    [0, "CNY", "zh", "¥0"],
  ] as const)("%d %s in %s → %s", (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale)).toBe(expected);
  });

  it("accepts bigint minor units from the database", () => {
    expect(formatMoney(20_000_000n, "CNY", "zh")).toBe("¥200,000");
    expect(formatMoney(123_456_789_00n, "USD", "en")).toBe("$123,456,789");
  });
});

describe("formatDealAmount", () => {
  it("says a deal's amount is not set instead of showing a zero", () => {
    expect(formatDealAmount(0, "CNY", "zh")).toBe("未填金额");
    expect(formatDealAmount(0n, "USD", "en")).toBe("amount not set");
    expect(formatDealAmount(5_000_000n, "USD", "en")).toBe("$50,000");
    expect(formatDealAmount(20_000_000, "CNY", "zh")).toBe("¥200,000");
  });
});

describe("formatAmounts", () => {
  it("joins currencies with + and leaves out zeros", () => {
    expect(formatAmounts({ CNY: 20_000_000, USD: 5_000_000 }, "zh")).toBe("¥200,000 + US$50,000");
    expect(formatAmounts({ CNY: 0, USD: 5_000_000 }, "en")).toBe("$50,000");
  });

  it("shows a zero in the reader's own currency when there is nothing", () => {
    expect(formatAmounts({}, "zh")).toBe("¥0");
    expect(formatAmounts({ USD: 0 }, "zh")).toBe("¥0");
    expect(formatAmounts({}, "en")).toBe("$0");
    expect(formatAmounts({ CNY: 0 }, "en")).toBe("$0");
  });
});

describe("dates in the reader's timezone", () => {
  const at = new Date("2026-11-26T07:00:00Z");
  it("formats date-time with a weekday, 24h in Chinese and 12h in English", () => {
    expect(formatDateTime(at, "Asia/Shanghai", "zh")).toBe("11月26日周四 15:00");
    expect(formatDateTime(at, "America/New_York", "en")).toBe("Thu, Nov 26, 02:00 AM");
  });

  it("formats a date on the reader's calendar day", () => {
    const lateUtc = new Date("2026-11-25T20:00:00Z");
    expect(formatDate(lateUtc, "Asia/Shanghai", "zh")).toBe("2026年11月26日");
    expect(formatDate(lateUtc, "America/New_York", "en")).toBe("Nov 25, 2026");
  });
});

describe("a date in another year says its year", () => {
  const now = new Date("2026-12-05T01:59:00Z");
  it.each([
    [new Date("2027-11-26T14:00:00Z"), "America/New_York", "en", "Fri, Nov 26, 2027, 09:00 AM"],
    [new Date("2027-02-12T01:00:00Z"), "Asia/Shanghai", "zh", "2027年2月12日周五 09:00"],
    [new Date("2026-12-11T14:00:00Z"), "America/New_York", "en", "Fri, Dec 11, 09:00 AM"],
  ])("%s in %s (%s) → %s", (date, zone, locale, text) => {
    expect(formatDateTime(date, zone, locale as "en" | "zh", now)).toBe(text);
  });
});
