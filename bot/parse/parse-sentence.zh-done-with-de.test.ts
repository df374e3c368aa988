// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

const THU = new Date("2026-12-10T07:30:00Z"); // Thursday 15:30 in Shanghai
const read = (text: string) => {
  const p = parseSentence(text, { now: THU, timezone: SHANGHAI });
  const stamp = (d: { at: Date } | null) => (d ? localStamp(d.at, SHANGHAI) : null);
  return { activity: p.activity, planned: p.planned, occurred: stamp(p.occurredAt), followUp: stamp(p.followUp) };
};

// Probe: "周一下午跟字节开的会 纪要补一下" (Thursday) planned a meeting next Monday; "跟阿里微信聊了一下 周五下午三点过去一趟"
// followed up on Friday next week ("一下 周五" was joined into 下周五).
describe("a weekday, the customer and the act with 的 tell of a day gone", () => {
  it.each([
    ["周一下午跟字节开的会 纪要补一下：他们要SSO", "meeting", "2026-12-07 14:00"],
    ["周一下午跟腾讯开的会 他们要SSO", "meeting", "2026-12-07 14:00"],
    ["周二跟华为吃的饭 聊得不错", "meeting", "2026-12-08 09:00"],
    ["昨天见的面", "meeting", "2026-12-09 09:00"],
  ])("%s", (text, activity, occurred) => {
    expect(read(text)).toMatchObject({ activity, planned: false, occurred, followUp: null });
  });
  it("an appointment next week stays planned", () => {
    expect(read("下周一跟字节开会")).toMatchObject({ planned: true, followUp: "2026-12-14 09:00" });
  });
});

describe("a word ending in 下 / 上 / 后 before a spaced weekday is no week word", () => {
  it.each([
    ["跟阿里微信聊了一下 周五下午三点过去一趟", "2026-12-11 15:00"],
    ["商量下 周五再说", "2026-12-11 09:00"],
    ["然后 周五再去", "2026-12-11 09:00"],
    ["马上 周一要交", "2026-12-14 09:00"],
    // typed apart, a week word still joins
    ["华为 下 周 五 开会", "2026-12-18 09:00"],
  ])("%s", (text, followUp) => {
    expect(read(text).followUp).toBe(followUp);
  });
});
