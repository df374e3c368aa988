// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY = new Date("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai
const due = (text: string, zone = "Asia/Shanghai") => {
  const parsed = parseSentence(text, { now: MONDAY, timezone: zone });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

/** Probes 50 and 51: "节后再说。5月6号上午10点再打一次" kept 09:00 of the day said first. */
describe("the same day said again with a clock time is at that time", () => {
  it.each([
    ["周四再联系。12月10号下午3点打给小米", "2026-12-10 15:00"],
    ["比亚迪那边说下周一要来我们公司参观，会议室已经订好了，周一上午10点", "2026-12-14 10:00"],
    ["globex call friday. friday 3pm works for them", "2026-12-11 15:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

/** Probe 51: "push thursday's meeting to next tues same time (2pm)" was 09:00. */
describe("'same time' takes the clock said right after it, or of the appointment called off", () => {
  it.each([
    ["Acme Corp wants to push thursday's meeting to next tues same time (2pm)", "2026-12-15 14:00"],
    ["小米的会改到明天同一时间（下午3点）", "2026-12-08 15:00"],
    // the appointment called off is blanked before dates are read; its clock is kept for "same time"
    ["阿里今天下午4点的会取消了，改到下周二同一时间", "2026-12-15 16:00"],
    ["Globex call at 2pm today is cancelled, moved to friday same time", "2026-12-11 14:00"],
    ["小米10点的会取消了，改到明天老时间", "2026-12-08 10:00"],
    ["明天下午4点的会取消了，下周二同一时间再约", "2026-12-15 16:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
  it("an appointment called off, with nothing after it, is still no follow-up", () => {
    expect(due("明天下午4点的会取消了")).toBeNull();
  });
});
