import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const followUp = (text: string, now: string) => parseSentence(text, { now: new Date(now), timezone: "Asia/Shanghai" }).followUp?.at.toISOString();

describe("月初 is the month's first working day", () => {
  it("skips 元旦 and the weekend after it, also in a year whose holidays are not published yet", () => {
    // 1 January 2027 is a Friday and 元旦.
    expect(followUp("下个月初给华为回电话", "2026-12-04T02:00:00Z")).toBe("2027-01-04T01:00:00.000Z");
  });

  it("skips the 国庆 week and a weekend, but keeps a 1st that is a working day", () => {
    expect(followUp("10月初联系华为", "2026-09-10T02:00:00Z")).toBe("2026-10-08T01:00:00.000Z"); // after the published 1–7 October break
    expect(followUp("下个月初联系华为", "2026-05-10T02:00:00Z")).toBe("2026-06-01T01:00:00.000Z"); // Monday 1 June
    expect(followUp("下个月初联系华为", "2026-10-10T02:00:00Z")).toBe("2026-11-02T01:00:00.000Z"); // 1 November is a Sunday
  });

  it("leaves an explicit 1st alone", () => {
    expect(followUp("1月1日给华为回电话", "2026-12-04T02:00:00Z")).toBe("2027-01-01T01:00:00.000Z");
  });
});

describe("a month named alone, then a comma", () => {
  // probe 11: "…in Jan, hold off until then" was followed up on 1 January (元旦 / New Year's Day) while "check back in Jan" got the 4th
  it.each([
    ["note: Northwind Traders changing procurement head in Jan, hold off until then"],
    ["Northwind Traders changing procurement head in Jan, hold off"],
    ["check back in Jan"],
    ["华为1月，再联系"],
  ])("%s", (text) => {
    expect(followUp(text, "2026-11-25T02:00:00Z")).toBe("2027-01-04T01:00:00.000Z");
  });
});
