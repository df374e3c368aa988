import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const local = (d: Date | undefined) => d?.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);

// A quarter named without its day is followed up on its first working day, as a month is:
// "Q1" in December was 1 January (元旦), "四季度" in July 1 October (国庆).
describe("a quarter ahead starts on its first working day", () => {
  const december = { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" };
  const july = { now: new Date("2026-07-02T02:00:00Z"), timezone: "Asia/Shanghai" };
  it.each([
    ["they're evaluating vendors in Q1", december, "2027-01-04"],
    ["follow up next quarter", december, "2027-01-04"],
    ["一季度再说", december, "2027-01-04"],
    ["下季度再联系", december, "2027-01-04"],
    ["明年Q1再跟", december, "2027-01-04"],
    ["revisit in Q2", december, "2027-04-01"],
    ["四季度再说", july, "2026-10-08"],
  ])("%s", (text, ctx, day) => {
    expect(local(parseSentence(text, ctx).followUp?.at)).toBe(day);
  });
});

// Training given to a customer is a meeting with them ("在京东做了产品培训" was a note).
describe("training given is a meeting", () => {
  const ctx = { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" };
  it.each([
    ["上午在京东做了产品培训", "meeting", false],
    ["给京东的用户做了培训", "meeting", false],
    ["昨天给美的上了一场操作培训", "meeting", false],
    ["下周去京东做系统培训", "visit", true],
  ])("%s", (text, kind, planned) => {
    const parsed = parseSentence(text, ctx);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(planned);
  });

  it.each(["我在参加公司的培训", "京东需要培训"])("no meeting held: %s", (text) => {
    const parsed = parseSentence(text, ctx);
    expect(parsed.activity === null || parsed.planned).toBe(true);
  });
});
