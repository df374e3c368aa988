// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { NOW, SHANGHAI } from "./test-support.js";

const read = (text: string) => parseSentence(text, { now: NOW, timezone: SHANGHAI });

// "华为 周报：本周拜访2次，电话3次" scheduled a visit for Friday evening.
describe("a tally of the period's activities is a note: no activity, no follow-up", () => {
  it.each([
    "华为 周报：本周拜访2次，电话3次",
    "本周共拜访客户3家",
    "本月小结：拜访5次，会议2场",
    "this week: 5 calls, 2 visits with globex",
    "weekly recap for Initech: 4 calls this week",
  ])("%s", (text) => {
    const parsed = read(text);
    expect([parsed.activity, parsed.followUp]).toEqual([null, null]);
  });

  it.each([
    ["本月拜访了两次小米", "visit"],
    ["华为打了3次电话都没人接，明天再打", "call"],
    ["called globex 3 times, no answer", "call"],
  ])("one count alone still reports: %s", (text, kind) => {
    expect(read(text).activity).toBe(kind);
  });
});
