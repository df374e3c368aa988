// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt } from "./test-support.js";

/**
 * Probe 39 (early-morning messages, Tuesday 08:20): "今天上午去顺丰总部开会" was logged as a visit held (今天上午 reads as
 * a past marker, and a visit with its meeting counted as two occasions); "华为 2,000,000 → 2,350,000", "so minus $8k" and
 * "amount should be 78,500" changed no deal.
 */
const NOW = instantAt("2027-11-09T08:20", "Asia/Shanghai");
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });

describe("a part of today still ahead plans the activity", () => {
  it.each([
    ["今天上午去顺丰总部开会", "visit"],
    ["今天上午跟京东开会", "meeting"],
    ["下午去华为做演示", "visit"],
  ])("%s", (text, activity) => {
    expect(read(text)).toMatchObject({ activity, planned: true });
  });

  it("typed at noon, 今天上午去顺丰总部开会 reports the morning", () => {
    const parsed = parseSentence("今天上午去顺丰总部开会", { now: instantAt("2027-11-09T12:20", "Asia/Shanghai"), timezone: "Asia/Shanghai" });
    expect(parsed.planned).toBe(false);
  });
});

describe("the deal's new figure written as a change", () => {
  it.each([
    ["华为 2,000,000 → 2,350,000 加了培训服务", 235_000_000, undefined],
    ["Globex 80k -> 95k", 9_500_000, undefined],
    ["Globex: amount should be 78,500 after the rebate we agreed", 7_850_000, undefined],
    ["Globx - dropping the training package, so minus $8k", 800_000, "down"],
  ])("%s", (text, minor, change) => {
    const amount = read(text).amount;
    expect(amount?.minor).toBe(minor);
    expect(amount?.change).toBe(change);
  });
});
