import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Something moved: the day it moves to is the next step, not the old day or a day ruled out before it.
const now = new Date("2026-12-02T02:00:00Z"); // Wednesday 10:00 in Shanghai
const ZONE = "Asia/Shanghai";

describe("the day something is moved to is the follow-up", () => {
  it.each([
    ["华为那边说下周不方便，改到下下周", "2026-12-14"],
    ["下周一不行，推迟到下周三", "2026-12-09"],
    ["腾讯说周五没空，会议挪到下周二", "2026-12-08"],
    ["Acme Corp wants to move our Thursday call to Friday same time", "2026-12-04"],
    ["move Thursday's demo with Globex to Monday 3pm", "2026-12-07"],
    ["Globex can't do Friday, pushed the review to next Tuesday", "2026-12-08"],
    ["they asked to reschedule tomorrow's meeting to Monday", "2026-12-07"],
  ])("%s → %s", (text, day) => {
    const parsed = parseSentence(text, { now, timezone: ZONE });
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE).slice(0, 10)).toBe(day);
  });
});
