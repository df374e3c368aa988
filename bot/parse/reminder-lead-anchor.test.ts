// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const THURSDAY = new Date("2027-04-29T02:00:00Z"); // Thursday 10:00 in Shanghai, before the May Day break
const due = (text: string) => {
  const parsed = parseSentence(text, { now: THURSDAY, timezone: "Asia/Shanghai" });
  return parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai");
};

/** Probe 50: "讨论了节后上线计划，5月11号正式上线，前一天提醒我确认" reminded the day before 节后, not before 11 May. */
describe("a reminder ahead comes before the day said just before it", () => {
  it.each([
    ["小米电话会，讨论了节后上线计划，5月11号正式上线，前一天提醒我确认", "2027-05-10 09:00"],
    ["京东下个月签约，6月3号到现场，提前一天提醒我", "2027-06-02 09:00"],
    ["go-live moved from next week to May 20, remind me the day before", "2027-05-19 09:00"],
    ["京东7月1号签约 提前一天确认下", "2027-06-30 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});
