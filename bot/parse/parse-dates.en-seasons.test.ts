import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/** Seasons read as their (northern, astronomical) start and end the day before the next one. */

function range(text: string, now: Date): string | null {
  const d = parseDates(text, { now, timezone: "UTC" }).dates[0];
  if (!d?.until) return null;
  return `${localStamp(d.at, "UTC").slice(0, 10)}..${localStamp(new Date(d.until.getTime() - 60000), "UTC").slice(0, 10)}`;
}

describe("seasons in February (winter under way)", () => {
  const now = new Date("2027-02-10T12:00:00Z");
  it.each([
    ["this winter", "2026-12-21..2027-03-19"],
    ["this summer", "2027-06-21..2027-09-22"],
    ["next winter", "2027-12-21..2028-03-19"],
    ["last summer", "2026-06-21..2026-09-22"],
    ["last season", "2026-09-23..2026-12-20"],
    ["next season", "2027-03-20..2027-06-20"],
    ["over the summer", "2027-06-21..2027-09-22"],
  ])("%s", (text, want) => expect(range(text, now)).toBe(want));
});

describe("seasons in November (fall under way)", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  it.each([
    ["this fall", "2026-09-23..2026-12-20"],
    ["this autumn", "2026-09-23..2026-12-20"],
    ["this winter", "2026-12-21..2027-03-19"],
    ["last fall", "2025-09-23..2025-12-20"],
    ["next spring", "2027-03-20..2027-06-20"],
  ])("%s", (text, want) => expect(range(text, now)).toBe(want));

  it("a season word alone is not a date", () => {
    expect(parseDates("spring cleaning of the CRM", { now, timezone: "UTC" }).dates).toEqual([]);
  });
});
