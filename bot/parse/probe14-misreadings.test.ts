// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount.js";
import { parseDates } from "./parse-dates.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe 14 (parser suites in the public style): Wed 9 Dec 2026, 14:30 Shanghai / 01:30 New York. */
const NOW = new Date("2026-12-09T06:30:00Z");
const NEW_YORK = "America/New_York";
const first = (text: string, zone = SHANGHAI) => parseDates(text, { now: NOW, timezone: zone }).dates[0] ?? null;

describe("a price with what it is for after it", () => {
  it.each([
    ["五毛钱一个", 50], ["两毛一张", 20], ["一块二一个", 120], ["九块九包邮", 990], ["五毛每个", 50],
  ])("%s → %i fen", (text, minor) => {
    expect(parseAmount(text)).toMatchObject({ minor, currency: "CNY" });
  });
  it.each([["3块5个", 300], ["两块五", 250]])("%s → %i fen (a count after 块 stays a count)", (text, minor) => {
    expect(parseAmount(text)?.minor).toBe(minor);
  });
  it.each(["五角大楼", "三角形"])("%s is no money", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe("大年初X is a day of the Spring Festival, not the start of the year", () => {
  it.each([["大年初三去拜年", "2027-02-08"], ["大年初一", "2027-02-06"], ["明年年初再联系", "2027-01-01"]])("%s → %s", (text, day) => {
    const d = first(text);
    expect(d && localStamp(d.at, SHANGHAI).slice(0, 10)).toBe(day);
  });
});

describe("a range's end is never before its start", () => {
  it.each([
    ["1月5日至1月8日休假", SHANGHAI, "2027-01-05", "2027-01-09"],
    ["I'm out from Monday to Wednesday", NEW_YORK, "2026-12-14", "2026-12-17"],
    ["下周一到周三出差", SHANGHAI, "2026-12-14", "2026-12-17"],
  ])("%s", (text, zone, start, end) => {
    const d = first(text, zone);
    expect(d && localStamp(d.at, zone).slice(0, 10)).toBe(start);
    expect(d?.until && localStamp(d.until, zone).slice(0, 10)).toBe(end);
  });
});
