// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

const FRI = new Date("2026-12-11T11:45:00Z"); // Friday 19:45 in Shanghai
const due = (text: string) => {
  const f = parseSentence(text, { now: FRI, timezone: SHANGHAI }).followUp;
  return f ? localStamp(f.at, SHANGHAI) : null;
};

// Probe round 2 (Friday): "领导出差了下周四回来再定" was followed up on 24 December (a day in a week read as a week's
// trip), "周末约了打球 周日下午" on Saturday 09:00, "聊到明年扩容" / "聊了明年续约" on 4 January (a year talked about).
describe("days a Chinese note names", () => {
  it.each([
    ["腾讯王经理来电说领导出差了下周四回来再定", "2026-12-17 09:00"],
    ["刘总下周三出差，回来再约", "2026-12-17 09:00"],
    ["刘总下周出差，回来再约", "2026-12-21 09:00"],
    ["腾讯 陈总 周末约了打球 周日下午", "2026-12-13 14:00"],
    ["周末去拜访 周六上午10点", "2026-12-12 10:00"],
    ["周末再联系", "2026-12-12 09:00"],
    ["昨天中午和腾讯的王总监吃饭 聊到明年扩容 大概还有200万的盘子", null],
    ["华为 张总 周三晚上吃饭 忘了记 聊了明年续约", null],
    ["聊了明年再联系", "2027-01-04 09:00"],
  ])("%s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});
