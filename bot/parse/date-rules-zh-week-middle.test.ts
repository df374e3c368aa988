// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe: "腾讯电话 下周中给答复" was followed up on next Monday (only 下周 was read); 周中 alone not at all. */
const MON = new Date("2026-12-07T01:05:00Z"); // Mon 7 Dec 09:05
const THU = new Date("2026-12-10T07:30:00Z"); // Thu 10 Dec 15:30
const due = (text: string, now: Date) => {
  const f = parseDates(text, { now, timezone: SHANGHAI }).followUp;
  return f ? localStamp(f.at, SHANGHAI) : null;
};

describe("a part of a week named after it", () => {
  it.each([
    ["腾讯电话 下周中给答复", MON, "2026-12-16 09:00"],
    ["下周中再联系", THU, "2026-12-16 09:00"],
    ["下个星期中间再约", MON, "2026-12-16 09:00"],
    ["下周中旬出方案", MON, "2026-12-16 09:00"],
    ["下下周中见面", MON, "2026-12-23 09:00"],
    ["周中再联系", MON, "2026-12-09 09:00"],
    ["周中再联系", THU, "2026-12-16 09:00"],
    ["本周中给报价", MON, "2026-12-09 09:00"],
    ["下周初联系", THU, "2026-12-14 09:00"],
    ["下周后半周再说", MON, "2026-12-17 09:00"],
    ["下周前半周安排演示", THU, "2026-12-14 09:00"],
  ])("%s", (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
  it.each([
    ["下周中午一起吃饭", "2026-12-14 12:00"],
    ["一周中有三天在出差", null],
    ["每周中都要开例会", null],
  ])("near miss: %s", (text, expected) => {
    expect(due(text, MON)).toBe(expected);
  });
});
