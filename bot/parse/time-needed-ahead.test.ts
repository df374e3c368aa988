import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";

// "美的那边估计要两周才能定下来" set no follow-up: the time still needed is when to follow up.
const ctx = { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" };
const day = (text: string) => parseDates(text, ctx).followUp?.at.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);

describe("the time something still needs", () => {
  it.each([
    ["美的那边估计要两周才能定下来", "2026-12-16"],
    ["需要一周时间准备方案", "2026-12-09"],
    ["还要三天", "2026-12-05"],
    ["需要3个月交付", "2027-03-02"],
  ])("%s → %s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it.each(["花了两周时间", "要三天的量", "他们要7天无理由退货"])("no follow-up: %s", (text) => {
    expect(parseDates(text, ctx).followUp).toBeNull();
  });
});

describe("a hedge word is no customer", () => {
  it.each(["客户希望再便宜一点，估计要两周才能定下来", "估计要两周", "可能下周定"])("%s", async (text) => {
    const { extractNames } = await import("./extract-names.js");
    expect(extractNames(text).companyHints).toEqual([]);
  });
});
