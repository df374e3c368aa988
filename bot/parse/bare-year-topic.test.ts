// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/**
 * Probe: "京东电话 2027年预算 约40万" set a follow-up on 1 January 2027 (a holiday), "今年我们这单250万" one on 31
 * December, and "腾讯电话 2026年的项目已经结束了" dated the call 1 January 2026. A year naming what a budget, plan or
 * project is for is no follow-up, and a year alone names no day an activity was held on.
 */
const NOW = new Date("2026-12-04T07:30:00Z"); // Fri 4 Dec 15:30 in Shanghai
const read = (text: string) => {
  const p = parseSentence(text, { now: NOW, timezone: SHANGHAI });
  return { followUp: p.followUp ? localStamp(p.followUp.at, SHANGHAI) : null, occurredAt: p.occurredAt ? localStamp(p.occurredAt.at, SHANGHAI) : null };
};

describe("a year that is the topic: no follow-up", () => {
  it.each([
    "京东电话 2027年预算 约40万",
    "小米电话 2027年的采购计划在做了",
    "华为电话 他们去年预算800万 今年我们这单250万",
    "比亚迪拜访 27年的项目还在规划",
    "比亚迪2027年有扩产计划",
    // probe 19: the year compared against ("比今年多一倍" followed up on 31 December)
    "昨天中午跟京东王经理吃饭，他说预算比今年多一倍，大概300万",
    "京东的预算同比去年涨了两成",
    "Globex budget is 30% bigger than this year",
    // probe 20: the quarter of a year the budget is for ("明年Q1有预算" followed up on 4 January)
    "今天请京东采购部的几个人喝了咖啡，听说他们明年Q1有预算",
    "京东明年一季度的预算还没批",
  ])("%s", (text) => {
    expect(read(text).followUp).toBeNull();
  });
});

describe("a year alone does not date the activity", () => {
  it.each([
    "腾讯电话 2026年的项目已经结束了",
    "京东电话 2025年合作过一次 这次预算40万",
    "called globex, they used us in 2024",
  ])("%s", (text) => {
    expect(read(text).occurredAt).toBeNull();
  });
});

describe("near misses: a year as the next step, or with a month, still dates", () => {
  it.each([
    ["明年再联系", "2027-01-04 09:00"],
    ["2027年3月再联系", "2027-03-01 09:00"],
    ["推到2027年", "2027-01-01 09:00"],
    ["今年之内签", "2026-12-31 09:00"],
  ])("%s", (text, due) => {
    expect(read(text).followUp).toBe(due);
  });
});

// Probe: "上午开了个内部会 过了下季度目标" set a follow-up on 4 January; "Umbrella Corp intro mtg, they're replacing legacy
// system in q1. next step tech deep dive tues" one in January, not on the Tuesday the rep named as the next step.
describe("a quarter's or a month's target is the topic; the next step named is the follow-up", () => {
  it.each([
    ["上午开了个内部会 过了下季度目标", null],
    ["华为电话 下个月的预算还没批", null],
    ["Q1目标是500万", null],
    ["下季度再联系", "2027-01-04 09:00"],
    ["下个月的预算还没批 下周再问", "2026-12-07 09:00"],
    ["Umbrella Corp intro mtg, they're replacing legacy system in q1. next step tech deep dive tues", "2026-12-08 09:00"],
    ["next step is a demo on friday", "2026-12-11 09:00"],
  ])("%s → %s", (text, followUp) => {
    expect(read(text).followUp).toBe(followUp);
  });
});
