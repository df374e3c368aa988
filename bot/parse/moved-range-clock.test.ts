import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// A meeting moved "from X to Y": the new day is the step, and a clock said with it is the new day's.
const now = new Date("2027-11-11T01:00:00Z"); // Thursday 09:00 in Shanghai, Wednesday 20:00 in New York

describe("a move from one day to another keeps the clock said with it", () => {
  it.each([
    ["push our kickoff from this Wed to next Wed, same time (10am)", "Asia/Shanghai", "2027-11-17 10:00"],
    ["kickoff moved from Wed to next Wed, same time (10am)", "Asia/Shanghai", "2027-11-17 10:00"],
    ["moved our call from 2pm Wed to Fri", "Asia/Shanghai", "2027-11-12 14:00"],
    ["Globex pushed the review from Monday to Tuesday, 3:30pm", "Asia/Shanghai", "2027-11-16 15:30"],
    ["moved from 2 to 4 today", "Asia/Shanghai", "2027-11-11 16:00"],
    ["pushed the kickoff from Jan 5 to Jan 12", "Asia/Shanghai", "2028-01-12 09:00"],
    ["moved the Acme mtg from fri to mon", "America/New_York", "2027-11-15 09:00"],
  ])("%s (%s) → %s", (text, zone, stamp) => {
    const parsed = parseSentence(text, { now, timezone: zone });
    expect(parsed.followUp && localStamp(parsed.followUp.at, zone)).toBe(stamp);
  });
});

describe("a move from today to today's own weekday is to that weekday next week", () => {
  it.each([
    ["moved from today to Thursday, same time 10am", "Asia/Shanghai", "2027-11-18 10:00"],
    ["Initech moved the demo from today to Thursday", "Asia/Shanghai", "2027-11-18 09:00"],
    ["they pushed it from today to Wednesday, 11am", "America/New_York", "2027-11-17 11:00"],
  ])("%s (%s) → %s", (text, zone, stamp) => {
    const parsed = parseSentence(text, { now, timezone: zone });
    expect(parsed.followUp && localStamp(parsed.followUp.at, zone)).toBe(stamp);
  });
});
