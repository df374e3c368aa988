import { describe, expect, it } from "vitest";
import { firstDate } from "./test-support.js";

const first = firstDate;

// Wednesday 2026-11-25 10:00 in New York (UTC-5; London is UTC+0, Paris UTC+1, Shanghai UTC+8 that day)
const NY_NOW = new Date("2026-11-25T10:00:00-05:00");

describe("a clock time written in another zone is converted to the user's clock", () => {
  it.each([
    ["America/New_York", "call at 3pm GMT", "2026-11-25 10:00*"],
    ["America/New_York", "demo 6pm CET", "2026-11-25 12:00*"],
    ["America/New_York", "Friday 9:30 am PST", "2026-11-27 12:30*"],
    ["America/New_York", "tomorrow 11pm UTC", "2026-11-26 18:00*"],
    ["Asia/Shanghai", "call at 9am EST", "2026-11-25 22:00*"],
    ["Asia/Shanghai", "Thursday 8:00 GMT", "2026-11-26 16:00*"],
    ["Europe/London", "at 4pm IST", "2026-11-25 10:30*"],
    // a time without a zone stays on the user's clock
    ["Asia/Shanghai", "call at 3pm", "2026-11-25 15:00*"],
    // to a user on China time, CST is China Standard Time
    ["Asia/Shanghai", "meeting 4pm CST", "2026-11-25 16:00*"],
  ])("%s: %s", (timezone, text, expected) => {
    expect(first(text, NY_NOW, timezone)).toBe(expected);
  });

  it("a zone that crosses midnight moves the day", () => {
    expect(first("at 1am UTC", NY_NOW, "America/New_York")).toBe("2026-11-24 20:00*");
  });
});
