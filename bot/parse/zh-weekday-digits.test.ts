// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe 11: "小米那边周5下班前要给他们回复" was followed up today at 18:00; "下周1上午9点半" lost its time. */
const WED = new Date("2026-11-25T02:00:00Z"); // Wed 25 Nov 10:00
const SAT = new Date("2026-12-05T07:00:00Z"); // Sat 5 Dec 15:00
const due = (text: string, now: Date) => {
  const f = parseDates(text, { now, timezone: SHANGHAI }).followUp;
  return f ? localStamp(f.at, SHANGHAI) : null;
};

describe("a weekday typed with a digit", () => {
  it.each([
    ["小米那边周5下班前要给他们回复", WED, "2026-11-27 18:00"],
    ["阿里巴巴 跟进：周5下午四点前把合同草稿发过去", WED, "2026-11-27 16:00"],
    ["下周1上午9点半 电话回访小米", WED, "2026-11-30 09:30"],
    ["下周1上午10点", WED, "2026-11-30 10:00"],
    ["下周5下午3点开会", WED, "2026-12-04 15:00"],
    ["星期5开会", WED, "2026-11-27 09:00"],
    ["礼拜3见面", WED, "2026-12-02 09:00"],
    ["周7上午去拜访", WED, "2026-11-29 09:00"],
    ["星期6下午去华为", WED, "2026-11-28 14:00"],
    ["周1再联系", SAT, "2026-12-07 09:00"],
    ["下周2给报价", SAT, "2026-12-08 09:00"],
  ])("%s", (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
  it.each([
    ["每周5次电话回访", null],
    ["周5万的预算", null],
    ["项目周期2周5天", null],
  ])("a count, not a weekday: %s", (text, expected) => {
    expect(due(text, WED)).toBe(expected);
  });
});
