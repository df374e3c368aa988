// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MON = new Date("2026-12-07T15:05:00Z"); // Monday 10:05 in New York, 23:05 in Shanghai
const due = (text: string, timezone: string) => {
  const f = parseSentence(text, { now: MON, timezone }).followUp;
  return f ? localStamp(f.at, timezone) : null;
};

// Probe: "contoso wants to push the kickoff to jan, f/u jan 15" followed up on 1 January (the day the kickoff
// moves to); "会议推迟到周五 下周一再跟进" on Friday 18 December (chrono read "周五 下周一" as one day).
describe("the rep's own follow-up beside an appointment moved", () => {
  it.each([
    ["contoso wants to push the kickoff to jan, f/u jan 15", "America/New_York", "2027-01-15 09:00"],
    ["moved the demo to friday, follow up monday", "America/New_York", "2026-12-14 09:00"],
    ["会议推迟到周五 下周一再跟进", "Asia/Shanghai", "2026-12-14 09:00"],
    ["把会议推迟到周五 下周一跟进", "Asia/Shanghai", "2026-12-14 09:00"],
    ["明天下午3点开会 周五再跟进", "Asia/Shanghai", "2026-12-11 09:00"],
    // with no step of its own, the new day of the appointment is the follow-up
    ["moved the demo to friday", "America/New_York", "2026-12-11 09:00"],
    ["会议推迟到周五", "Asia/Shanghai", "2026-12-11 09:00"],
    // a weekday beside a calendar date still names that date
    ["周五 12月11日 开会", "Asia/Shanghai", "2026-12-11 09:00"],
    ["下周五 下午3点 开会", "Asia/Shanghai", "2026-12-18 15:00"],
  ])("%s", (text, timezone, expected) => {
    expect(due(text, timezone)).toBe(expected);
  });
});
