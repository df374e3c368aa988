import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

// Tuesday 2026-12-29 11:15 in Shanghai. Probe 17: "给小米寄了一盒新年礼品，500块左右，顺便约下周五见面" logged the
// meeting as held on 1 January 2026 and opened a ¥500 deal.
const NOW = new Date("2026-12-29T03:15:00Z");
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });

describe("a festival naming a thing (新年礼品, 春节祝福) is no day, and the gift's cost is no deal value", () => {
  it.each(["给腾讯发了春节祝福", "中秋礼盒送到了华为", "新年贺卡寄出去了"])("%s: no date", (text) => {
    expect(read(text).followUp).toBeNull();
    expect(read(text).occurredAt).toBeNull();
  });

  it("the gift, its cost in the next clause, and the meeting arranged", () => {
    const parsed = read("给小米寄了一盒新年礼品，500块左右，顺便约下周五见面");
    expect(parsed.amount).toBeNull();
    expect(parsed.occurredAt?.at.getTime() ?? NOW.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 86_400_000);
    expect(parsed.followUp?.at.toISOString()).toBe("2027-01-08T01:00:00.000Z");
  });

  it.each([
    ["春节后再联系", "2027-02-15T01:00:00.000Z"],
    ["元旦后联系京东", "2027-01-04T01:00:00.000Z"],
  ])("a festival as a day still is one: %s", (text, at) => {
    expect(read(text).followUp?.at.toISOString()).toBe(at);
  });

  it("a figure after a clause that is not an expense is still read", () => {
    expect(read("华为预算，200万").amount?.minor).toBe(200_000_000);
  });
});
