import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Thursday 2026-12-17 16:40 in Shanghai. Probe 16: "帮我记一下下周四问问进度" followed up on 12-31 (下下周四).
const NOW = new Date("2026-12-17T08:40:00Z");
const day = (text: string) => {
  const at = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" }).followUp?.at;
  return at ? localStamp(at, "Asia/Shanghai").slice(0, 10) : null;
};

describe("一下 before 下周 / 下个月 is 'a moment', not the first 下 of 下下", () => {
  it.each([
    ["京东那边还没回复，帮我记一下下周四问问进度", "2026-12-24"],
    ["跟华为确认一下下周二的会", "2026-12-22"],
    ["定一下下个月的会", "2027-01-04"],
    // said on its own, 下下周四 is the week after next
    ["下下周四去京东", "2026-12-31"],
    ["问一下下下周的安排", "2026-12-28"],
  ])("%s → %s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });
});
