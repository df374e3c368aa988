import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// Monday 2026-12-07 10:00 in Shanghai (Sunday 21:00 in New York).
const MONDAY = new Date("2026-12-07T02:00:00Z");
// Monday 2026-12-07 19:00 in Shanghai: the office has closed.
const EVENING = new Date("2026-12-07T11:00:00Z");

/**
 * Probe 6: "send summary EOD" and "contract out by EOD" were followed up at 23:59, after the work was due. The date read
 * stays the day's last minute (dates[]); the follow-up is due at 17:00 that day, or at the last minute once 17:00 has passed.
 */
describe("EOD as a follow-up: due when the office closes", () => {
  it.each<[string, Date, string, string]>([
    ["send summary EOD", MONDAY, SHANGHAI, "2026-12-07 17:00"],
    ["Acme called, they're ready to sign for $95k. contract out by EOD", MONDAY, SHANGHAI, "2026-12-07 17:00"],
    ["they want a revised quote by EOD Friday", MONDAY, SHANGHAI, "2026-12-11 17:00"],
    ["need the pricing by end of day tomorrow", MONDAY, NEW_YORK, "2026-12-07 17:00"],
    ["by end of the business day", MONDAY, SHANGHAI, "2026-12-07 17:00"],
    ["send summary EOD", EVENING, SHANGHAI, "2026-12-07 23:59"],
    // COB was 17:00 already; a plain clock is left alone
    ["contract out by COB", MONDAY, SHANGHAI, "2026-12-07 17:00"],
    ["call them tonight at 11:59pm", MONDAY, SHANGHAI, "2026-12-07 23:59"],
  ])("%s", (text, now, timezone, due) => {
    const parsed = parseDates(text, { now, timezone });
    expect(parsed.followUp && localStamp(parsed.followUp.at, timezone)).toBe(due);
  });

  it("the date read keeps the day's last minute", () => {
    const parsed = parseDates("send summary EOD", { now: MONDAY, timezone: SHANGHAI });
    expect(parsed.dates.map((d) => localStamp(d.at, SHANGHAI))).toEqual(["2026-12-07 23:59"]);
  });
});
