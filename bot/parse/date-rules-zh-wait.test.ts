// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY = new Date("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai
const due = (text: string) => {
  const parsed = parseSentence(text, { now: MONDAY, timezone: "Asia/Shanghai" });
  return parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai").slice(0, 10);
};

/** Probe: "华为张总说方案还要内部评审大概两周左右有结果" set no follow-up ("两周后" did). */
describe("how long until the customer answers is when to follow up", () => {
  it.each([
    ["华为张总说方案还要内部评审大概两周左右有结果", "2026-12-21"],
    ["腾讯那边说要走内部流程两周左右有结果", "2026-12-21"],
    ["大概两周有结果", "2026-12-21"],
    ["三天左右给答复", "2026-12-10"],
    ["一个月左右能定", "2027-01-07"],
    ["10天内给回复", "2026-12-17"],
  ])("%s → %s", (text, day) => {
    expect(due(text)).toBe(day);
  });
  it.each(["两周左右", "等了两周才回复", "项目周期两周左右"])("%s is a length, no day", (text) => {
    expect(due(text)).toBeNull();
  });
});

/** Probe: "刚送完样品去小米 他们测试一周", "给京东装了测试环境 他们试用两周" set no follow-up. */
describe("the end of the customer's trial or review is when to follow up", () => {
  it.each([
    ["刚送完样品去小米 他们测试一周", "2026-12-14"],
    ["给京东装了测试环境 他们试用两周", "2026-12-21"],
    ["比亚迪 样品寄过去了 他们内部评估十天左右", "2026-12-17"],
    ["审批大概要一个月", "2027-01-07"],
    // probe 10: a contract under the customer's review
    ["腾讯 合同已经发过去了 对方法务在审 大概一周", "2026-12-14"],
    ["法务在审核，估计要两周", "2026-12-21"],
    ["他们考虑三天", "2026-12-10"],
  ])("%s → %s", (text, day) => {
    expect(due(text)).toBe(day);
  });
  it.each(["华为测试了两周，效果不错", "测试两周前就结束了"])("%s is a trial over, no day", (text) => {
    expect(due(text)).toBeNull();
  });
});
