import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai. "seeing Initech Thursday for lunch" set the follow-up at 09:00.
const NOW = new Date("2026-11-25T02:00:00Z");
const followUp = (text: string) => {
  const parsed = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
  return parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai");
};

describe("a meal named beside a day without a time sets its hour", () => {
  it.each([
    ["seeing Initech Thursday for lunch", "2026-11-26 12:00"],
    ["lunch with Northwind Traders on Thursday", "2026-11-26 12:00"],
    ["dinner with Globex Friday", "2026-11-27 18:00"],
    ["breakfast with Contoso tomorrow", "2026-11-26 08:00"],
    ["周五约了华为饭局", "2026-11-27 18:00"],
    ["下周一请腾讯吃午饭", "2026-11-30 12:00"],
    // a time said wins
    ["lunch tomorrow at 1pm", "2026-11-26 13:00"],
    ["明天晚上请华为吃饭", "2026-11-26 19:00"],
    ["call Globex Friday", "2026-11-27 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });
});
