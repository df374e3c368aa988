// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/**
 * "今天拜访小米 需求基本明确 12月20号出报价" was a plan for today: a day before a space keeps what follows in its
 * clause ("明天 下午3点 给华为打电话"), so the whole note was one clause with a date ahead. A piece after the space
 * that tells what came of it ends the clause, as a comma does.
 */
const FRI = new Date("2026-12-04T07:30:00Z"); // Fri 4 Dec 15:30 in Shanghai

const read = (text: string) => {
  const p = parseSentence(text, { now: FRI, timezone: SHANGHAI });
  return { activity: p.activity, planned: p.planned, followUp: p.followUp ? localStamp(p.followUp.at, SHANGHAI) : null };
};

describe("an outcome after a space ends the dated clause", () => {
  it.each([
    ["今天拜访小米 需求基本明确 12月20号出报价", "visit", "2026-12-20 09:00"],
    ["今天拜访比亚迪 客户很满意 下周三再约", "visit", "2026-12-09 09:00"],
    ["上午拜访京东 聊得不错 下周一发合同", "visit", "2026-12-07 09:00"],
    ["今天跟腾讯开会 反馈不错 月底前发方案", "meeting", "2026-12-31 09:00"],
    ["上午拜访华为 沟通得很顺利 下周二报价", "visit", "2026-12-08 09:00"],
  ])("%s", (text, activity, due) => {
    expect(read(text)).toEqual({ activity, planned: false, followUp: due });
  });
});

// Probe: "比亚迪周五前要报价 今天拜访时说的" was a visit planned for Friday: who said it, and when, follows the demand.
describe("when it was said, after a space, ends the dated clause", () => {
  it.each([
    ["比亚迪周五前要报价 今天拜访时说的", "visit", "2026-12-11 09:00"],
    ["比亚迪下周三要方案 刚才电话里说的", "call", "2026-12-09 09:00"],
    ["小米下周一要合同 刚才开会的时候提的", "meeting", "2026-12-07 09:00"],
  ])("%s", (text, activity, due) => {
    expect(read(text)).toEqual({ activity, planned: false, followUp: due });
  });
});

describe("near misses: a day before a space still dates what follows", () => {
  it.each([
    ["明天 下午3点 给华为打电话", "call", "2026-12-05 15:00"],
    ["下周二 华为 演示", "meeting", "2026-12-08 09:00"],
    ["明天拜访华为 演示新产品", "visit", "2026-12-05 09:00"],
    ["下周一 拜访京东 聊聊合同", "visit", "2026-12-07 09:00"],
  ])("%s", (text, activity, due) => {
    expect(read(text)).toEqual({ activity, planned: true, followUp: due });
  });
});
