import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-11-25T02:00:00Z");
const hints = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints;

// Probe 11 follow-up: "周1再联系" offered to create a customer "周1", "采购订单终于下来了" one called
// "采购订单终于下", and "能不能给个八五折" put "个八五折" among the names.
describe("words no customer is called", () => {
  it.each([["周1再联系"], ["星期5之前回复"], ["采购订单终于下来了"], ["合同总算下来了"]])("%s names none", (text) => {
    expect(hints(text)).toEqual([]);
  });
  it.each([["小米问能不能给个八五折", ["小米"]]])("%s names only %j", (text, names) => {
    expect(hints(text)).toEqual(names);
  });
});
