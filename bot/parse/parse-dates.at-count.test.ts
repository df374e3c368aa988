import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai. "Acme Corp is looking at 5 vendors" set a follow-up today at 17:00,
// "Globex now at 100" one at 13:00.
const NOW = new Date("2026-11-25T02:00:00Z");
const read = (text: string) => parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });

describe('"at" and a bare number is a count or a figure, not a clock time', () => {
  it.each([
    "Acme Corp is looking at 5 vendors, we're shortlisted",
    "Globex now at 100",
    "Globex at 120 now",
    "we're at 5 people on the team",
    "they have offices at 3 locations",
    "price at 250 per seat",
    "budget at 800",
    "Globex has us at 3 in the ranking",
  ])("%s", (text) => {
    expect(read(text).dates).toEqual([]);
  });

  it.each([
    ["meet at 930 tomorrow", "2026-11-26 09:30"],
    ["call at 230", "2026-11-25 14:30"],
    ["lunch at 1230", "2026-11-25 12:30"],
    ["call Globex at 5", "2026-11-25 17:00"],
    ["call at 5 with Bob", "2026-11-25 17:00"],
    ["call at 4 to discuss pricing", "2026-11-25 16:00"],
    ["dinner at 7 at their office", "2026-11-25 19:00"],
    ["call Globex tomorrow at 3", "2026-11-26 15:00"],
    ["demo at 2 pm", "2026-11-25 14:00"],
    ["call Globex tomorrow at 1040", "2026-11-26 10:40"],
    ["call Globex tomorrow at 820", "2026-11-26 08:20"],
  ])("%s is still a time: %s", (text, expected) => {
    const followUp = read(text).followUp;
    expect(followUp && localStamp(followUp.at, "Asia/Shanghai")).toBe(expected);
  });
});
