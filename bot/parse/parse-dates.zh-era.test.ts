import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";

describe("reign-era years", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  const day = (text: string) => {
    const d = parseDates(text, { now, timezone: "UTC" }).dates[0];
    return d ? d.at.toISOString().slice(0, 10) : null;
  };
  it.each([
    ["乾隆元年", "1736-01-01"],
    ["乾隆六十年", "1795-01-01"],
    ["光绪二十四年八月", "1898-08-01"],
    ["民国38年10月", "1949-10-01"],
    ["万历十五年", "1587-01-01"],
    ["嘉庆五年正月初三", "1800-01-03"],
    ["宣统三年腊月", "1911-12-01"],
  ])("%s starts %s", (text, want) => {
    expect(day(text)).toBe(want);
  });

  it.each(["康熙来了", "民国风的装修"])("%s names no year", (text) => {
    expect(day(text)).toBeNull();
  });
});
