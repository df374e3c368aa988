// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY = new Date("2026-12-14T01:10:00Z"); // Monday 09:10 in Shanghai
const ZONE = "Asia/Shanghai";
const read = (text: string) => parseSentence(text, { now: MONDAY, timezone: ZONE });
const stamp = (d: { at: Date } | null) => d && localStamp(d.at, ZONE);

/** Probe: "约了美的下周二" was a note; "今天中午约了京东吃饭" at 09:10 a meeting with no follow-up (the lunch was lost). */
describe("an appointment arranged (约了 / 约好) is a meeting to come", () => {
  it.each([
    ["约了美的下周二", "meeting", "2026-12-22 09:00"],
    ["跟华为约了明天下午三点", "meeting", "2026-12-15 15:00"],
    ["和京东约好周五上午", "meeting", "2026-12-18 09:00"],
    ["今天中午约了京东吃饭", "meeting", "2026-12-14 12:00"],
    ["今晚约了比亚迪的人吃饭", "meeting", "2026-12-14 19:00"],
    ["今天下午约了腾讯喝咖啡", "meeting", "2026-12-14 14:00"],
    // a kind named is that kind
    ["约了华为下周二打电话", "call", "2026-12-22 09:00"],
  ])("%s → %s %s", (text, kind, due) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
    expect(stamp(parsed.followUp)).toBe(due);
  });

  it.each([
    // 续约 / 签约 are contracts, not appointments; an appointment held is reported
    ["华为续约了", null, false],
    ["今天上午约了京东，聊了两个小时", "meeting", false],
  ])("%s → %s", (text, kind, planned) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(planned);
  });
});
