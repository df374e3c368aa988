// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { NOW, SHANGHAI } from "./test-support.js";

const followUp = (text: string) => parseSentence(text, { now: NOW, timezone: SHANGHAI }).followUp !== null;

// "明天不用提醒我华为的事了" set a follow-up for tomorrow, the opposite of what was asked.
describe("a reminder turned down sets no follow-up", () => {
  it.each([
    "明天不用提醒我华为的事了",
    "华为那个会 周五别提醒我了",
    "下周一不需要提醒",
    "don't remind me about globex tomorrow",
    "no reminder needed for friday",
    "stop reminding me about initech on monday",
  ])("%s", (text) => {
    expect(followUp(text)).toBe(false);
  });

  it.each([
    "提醒我明天给华为打电话",
    "华为的事不用再提醒了，下周三再约",
    "remind me to call globex tomorrow",
    "下周一提醒我，别忘了报价",
  ])("%s still follows up", (text) => {
    expect(followUp(text)).toBe(true);
  });
});
