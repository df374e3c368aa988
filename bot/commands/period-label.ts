import type { Locale } from "../types.js";

/** "2026年12月" / "Dec 2026", "2027年第1季度" / "Q1 2027", "2026年" / "2026". */
export function periodLabel(range: { year: number; month: number; months: number }, locale: Locale): string {
  if (range.months === 12) return locale === "zh" ? `${range.year}年` : String(range.year);
  if (range.months === 3) {
    const q = Math.floor((range.month - 1) / 3) + 1;
    return locale === "zh" ? `${range.year}年第${q}季度` : `Q${q} ${range.year}`;
  }
  if (locale === "zh") return `${range.year}年${range.month}月`;
  return `${new Date(Date.UTC(range.year, range.month - 1, 1)).toLocaleString("en-US", { month: "short", timeZone: "UTC" })} ${range.year}`;
}
