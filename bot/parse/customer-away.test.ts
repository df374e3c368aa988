// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY = new Date("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai
const due = (text: string, zone = "Asia/Shanghai") => {
  const parsed = parseSentence(text, { now: MONDAY, timezone: zone });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

/** Probe: "阿里巴巴的王总明天飞深圳，后天下午见" followed up tomorrow, the day he flies, not the day we meet. */
describe("the customer's travel day is no next step of ours", () => {
  it.each([
    ["阿里巴巴的王总明天飞深圳，后天下午见", "2026-12-09 14:00"],
    ["阿里巴巴的王总明天去北京开会，后天上午见", "2026-12-09 09:00"],
    ["华为的张总后天出差，明天下午见", "2026-12-08 14:00"],
    // the step waits for the return
    ["美的集团的刘总下周出差，回来再约", "2026-12-21 09:00"],
    ["顺丰的李总下周休假，回来以后再约", "2026-12-21 09:00"],
    ["华为张总明天出差，回来再约", "2026-12-09 09:00"],
    // probe: with a space, not a comma, before 回来再约 the trip's Monday was the follow-up
    ["阿里巴巴 微信 钱总说下周出差 回来再约", "2026-12-21 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
  it("English: the day they fly is theirs", () => {
    expect(due("bob from globex is flying out tomorrow, call him friday", "America/New_York")).toBe("2026-12-11 09:00");
  });
});

describe("near misses: our own trip, or a meeting on it, is the step", () => {
  it.each([
    ["明天飞深圳拜访华为", "2026-12-08 09:00"],
    ["张总明天出差，约了在深圳见面", "2026-12-08 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});
