import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai. "pricing call in 2 wks on Tuesday" set Wednesday 9 December.
const NOW = new Date("2026-11-25T02:00:00Z");
const followUp = (text: string) => {
  const parsed = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
  return parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai");
};

describe("a weekday in the week an offset lands in", () => {
  it.each([
    ["Acme Corp: pricing call in 2 wks on Tuesday", "2026-12-08 09:00"],
    ["in 2 weeks on Tuesday", "2026-12-08 09:00"],
    ["Tuesday in 2 weeks", "2026-12-08 09:00"],
    ["in two weeks on Friday", "2026-12-11 09:00"],
    ["in 1 wk on Monday", "2026-11-30 09:00"],
    ["Monday two weeks from now", "2026-12-07 09:00"],
    ["两周后的周二", "2026-12-08 09:00"],
    ["3个星期后周五去华为", "2026-12-18 09:00"],
    ["一周后的周一", "2026-11-30 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });
});
