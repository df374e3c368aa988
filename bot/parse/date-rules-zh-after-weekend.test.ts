// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe: "周末后再联系" followed up on Saturday, "周末过后再联系" not at all: after the weekend is the Monday after it. */
const FRI = new Date("2026-12-04T07:30:00Z"); // Fri 4 Dec 15:30
const SAT = new Date("2026-12-05T03:00:00Z"); // Sat 5 Dec 11:00
const due = (text: string, now: Date) => {
  const f = parseDates(text, { now, timezone: SHANGHAI }).followUp;
  return f ? localStamp(f.at, SHANGHAI) : null;
};

describe("after the weekend", () => {
  it.each([
    ["京东王总电话：周末后再联系", FRI],
    ["过了周末再打", FRI],
    ["周末过后再联系", FRI],
    ["周末之后联系", FRI],
    ["周末后再联系", SAT],
  ])("%s", (text, now) => {
    expect(due(text, now)).toBe("2026-12-07 09:00");
  });
  it.each([
    ["这周末去拜访", "2026-12-05 09:00"],
    ["周末吃了个饭", null],
  ])("near miss: %s", (text, expected) => {
    expect(due(text, FRI)).toBe(expected);
  });
});
