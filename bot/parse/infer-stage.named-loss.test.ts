import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const ctx = { now: new Date("2026-12-10T07:30:00Z"), timezone: "Asia/Shanghai", names: ["华为"] };

// "华为 输了" left the deal at lead: a customer named, then lost, is the deal lost.
describe("a known customer then 输了 / 丢了", () => {
  it.each([
    ["华为 输了", "lost"],
    ["华为输了。", "lost"],
    ["华为最后还是输了", "lost"],
    ["华为丢了个U盘在会议室", null],
    // found by the fresh probe
    ["华为丢了 客户选了用友", "lost"],
    ["华为这单没拿下 😭", "lost"],
    ["华为还没拿下", null],
    ["华为输了两局", null],
  ])("%s → %s", (text, stage) => {
    expect(parseSentence(text, ctx).stageHint).toBe(stage);
  });
});
