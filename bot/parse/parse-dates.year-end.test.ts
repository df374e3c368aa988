import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

// Tuesday 2026-12-29 11:15 in Shanghai. Probe 17: "they'll confirm before year end" set no follow-up.
const NOW = new Date("2026-12-29T03:15:00Z");
const followUp = (text: string) => {
  const at = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" }).followUp?.at;
  return at ? localStamp(at, "Asia/Shanghai").slice(0, 10) : null;
};

describe("year end said as a deadline is the year's last day", () => {
  it.each([
    ["Sent Contoso the renewal quote - $42,500. they'll confirm before year end", "2026-12-31"],
    ["need a decision by year-end", "2026-12-31"],
    ["sign by the year end", "2026-12-31"],
    ["by EOY", "2026-12-31"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });

  it.each(["year end party was fun", "our year-end review went well"])("no deadline: %s", (text) => {
    expect(followUp(text)).toBeNull();
  });
});
