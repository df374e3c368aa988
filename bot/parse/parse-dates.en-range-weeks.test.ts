import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/** Weeks and halves inside a named month or year, and business-day counts. */

function range(text: string, now: Date, timezone = "UTC"): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  if (!d) return null;
  const end = d.until ? localStamp(new Date(d.until.getTime() - 60000), timezone).slice(0, 10) : "open";
  return `${localStamp(d.at, timezone).slice(0, 10)}..${end}`;
}

// Thursday 2026-11-26 in Shanghai
const NOW = new Date("2026-11-26T10:00:00+08:00");

describe("the n-th week of a month or year (a week belongs where four of its days are)", () => {
  it.each([
    // Jan 1 2027 is a Friday: that week mostly lies in 2026, so week 1 starts Jan 4
    ["the first week of 2027", "2027-01-04..2027-01-10"],
    // Jan 1 2026 is a Thursday: its week counts for 2026
    ["the first week of 2026", "2025-12-29..2026-01-04"],
    ["second week of January 2027", "2027-01-11..2027-01-17"],
    // Dec 31 2026 is a Thursday: its week is the last of December
    ["the last week of December", "2026-12-28..2027-01-03"],
    // Aug 31 2026 is a Monday: one day is not a week, the last week starts Aug 24
    ["the last week of August", "2026-08-24..2026-08-30"],
    ["the last week of this month", "2026-11-23..2026-11-29"],
    ["first week of next month", "2026-11-30..2026-12-06"],
    ["the first 2 weeks of 2027", "2027-01-04..2027-01-17"],
    ["the last 3 weeks of this year", "2026-12-14..2027-01-03"],
  ])("%s", (text, want) => expect(range(text, NOW, "Asia/Shanghai")).toBe(want));
});

describe("halves of a year", () => {
  it.each([
    ["first half of 2027", "2027-01-01..2027-06-30"],
    ["the second half of next year", "2027-07-01..2027-12-31"],
    ["2027 H1", "2027-01-01..2027-06-30"],
    ["H2 2026", "2026-07-01..2026-12-31"],
  ])("%s", (text, want) => expect(range(text, NOW, "Asia/Shanghai")).toBe(want));
});

describe("business days skip the weekend", () => {
  // Friday 2026-11-27 09:00 UTC
  const friday = new Date("2026-11-27T09:00:00Z");
  it.each([
    ["the next 3 business days", "2026-11-30..2026-12-02"],
    ["over the next 2 working days", "2026-11-30..2026-12-01"],
    ["the previous 4 business days", "2026-11-23..2026-11-26"],
  ])("%s", (text, want) => expect(range(text, friday)).toBe(want));
});

describe("the week around a day", () => {
  it.each([
    ["the week beginning Dec 8", "2026-12-07..2026-12-13"],
    ["a week starting tomorrow", "2026-11-27..2026-12-03"],
    ["out for a week starting Dec 2", "2026-12-02..2026-12-08"],
  ])("%s", (text, want) => expect(range(text, NOW, "Asia/Shanghai")).toBe(want));
});

describe("ISO week numbers", () => {
  it.each([
    // 2027-01-04 is a Monday: week 1 of 2027
    ["week 1 of 2027", "2027-01-04..2027-01-10"],
    ["in the week 3 of 2027", "2027-01-18..2027-01-24"],
    // 2026-01-01 is a Thursday: week 1 of 2026 starts Dec 29 2025
    ["week 1", "2025-12-29..2026-01-04"],
    ["deliver in week 50", "2026-12-07..2026-12-13"],
    ["week 27 of last year", "2025-06-30..2025-07-06"],
  ])("%s", (text, want) => expect(range(text, NOW, "Asia/Shanghai")).toBe(want));

  it.each(["a 2 week trial", "week 2 days", "the week 7.5 release"])("%s has no week number", (text) => {
    expect(range(text, NOW, "Asia/Shanghai") ?? "").not.toMatch(/^20\d\d-\d\d-\d\d\.\.20/u);
  });
});
