import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-02T02:00:00Z"); // Wednesday 10:00 in Shanghai
const ctx = { now, timezone: "Asia/Shanghai" };
const local = (d: Date | undefined) => d?.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);

// "周五之前" is a deadline ahead: 之前 after a day is "by", not "earlier" ("要重新报价，周五之前" was logged
// on last Friday with no follow-up). After a length of time it is still "ago" (三天之前).
describe("a day followed by 之前 is a deadline", () => {
  it.each([
    ["腾讯的需求变了，要重新报价，周五之前", "2026-12-04"],
    ["周五之前给报价", "2026-12-04"],
    ["15号之前发合同", "2026-12-15"],
    ["月底之前签", "2026-12-31"],
    ["星期一之前回复客户", "2026-12-07"],
  ])("%s → %s", (text, day) => {
    const dates = parseDates(text, ctx);
    expect(local(dates.followUp?.at)).toBe(day);
    expect(dates.occurredAt).toBeNull();
  });

  it.each([
    ["三天之前聊过", "2026-11-29"],
    ["两周之前拜访过", "2026-11-18"],
  ])("a length of time before is ago: %s", (text, day) => {
    expect(local(parseDates(text, ctx).occurredAt?.at)).toBe(day);
  });
});

// A call's length between the verb and 电话 ("通了20分钟电话") is still a call (it was a note).
describe("a call with its length", () => {
  it.each(["和比亚迪的王经理通了20分钟电话，他下周出差", "打了半小时电话给华为", "跟小米聊了一个小时电话", "和顺丰通了两个多小时的电话"])("%s", (text) => {
    const parsed = parseSentence(text, ctx);
    expect(parsed.activity).toBe("call");
    expect(parsed.planned).toBe(false);
  });
});

// An English month named without its day starts on its first working day, as a Chinese one does.
describe("an English month ahead", () => {
  it.each([
    ["Globex - decision pushed to January", "2027-01-04"],
    ["follow up next month", "2027-01-04"],
    ["revisit in Jan", "2027-01-04"],
    ["budget frozen until April", "2027-04-01"],
  ])("%s → %s", (text, day) => {
    expect(local(parseSentence(text, ctx).followUp?.at)).toBe(day);
  });
});
