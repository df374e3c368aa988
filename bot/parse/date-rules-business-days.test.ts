// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/** Probe: "要求下个工作日回复", "follow up next business day", "3个工作日内" set no follow-up. Working days skip weekends and holidays. */
const FRI = new Date("2026-12-04T07:30:00Z"); // Fri 4 Dec 15:30 in Shanghai, 02:30 in New York
const SEP29 = new Date("2026-09-29T02:00:00Z"); // Tue 29 Sep 10:00 in Shanghai (National Day: 1-7 Oct off)
const due = (text: string, now = FRI, timezone = SHANGHAI) => {
  const f = parseDates(text, { now, timezone }).followUp;
  return f ? localStamp(f.at, timezone) : null;
};

describe("working days counted", () => {
  it.each([
    ["顺丰来电，要求下个工作日回复", FRI, SHANGHAI, "2026-12-07 09:00"],
    ["Visited Northwind Traders; follow up next business day", FRI, SHANGHAI, "2026-12-07 09:00"],
    ["reply in 2 business days", FRI, SHANGHAI, "2026-12-08 09:00"],
    ["3个工作日内给答复", FRI, SHANGHAI, "2026-12-09 09:00"],
    ["next working day", FRI, NEW_YORK, "2026-12-07 09:00"],
    ["within two business days", FRI, SHANGHAI, "2026-12-08 09:00"],
    ["两个工作日后回复", SEP29, SHANGHAI, "2026-10-08 09:00"],
  ])("%s", (text, now, timezone, expected) => {
    expect(due(text, now, timezone)).toBe(expected);
  });
  it.each(["the business day is long", "工作日都可以"])("no date: %s", (text) => {
    expect(due(text)).toBeNull();
  });
});
