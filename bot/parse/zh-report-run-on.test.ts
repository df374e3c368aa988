// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const FRIDAY = new Date("2026-12-11T08:00:00Z"); // Friday 16:00 in Shanghai
const MONDAY = new Date("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai
const ZONE = "Asia/Shanghai";
const day = (d: { at: Date } | null) => d && localStamp(d.at, ZONE).slice(0, 10);

/**
 * Probe (Chinese reps): "今天上午跟美的集团的王经理打了个电话他说…让我们下周一之前把正式报价发过去" was a call planned
 * for Monday (typed without a comma, what he asked for made the whole message a plan); "周三拜访的小米，反馈不错" a
 * visit planned for next Wednesday (拜访的 after a bare weekday reports it).
 */
describe("a call made, then what they said, typed without a comma", () => {
  it.each([
    ["今天上午跟美的集团的王经理打了个电话他说他们老板对方案基本认可让我们下周一之前把正式报价发过去", "call", "2026-12-14"],
    ["刚跟京东打了个电话他们说让我们周五之前把报价发过去", "call", "2026-12-11"],
    ["上午拜访了顺丰对方说下周三之前要看到方案", "visit", "2026-12-16"],
  ])("%s", (text, kind, followUp) => {
    const parsed = parseSentence(text, { now: MONDAY, timezone: ZONE });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
    expect(day(parsed.followUp)).toBe(followUp);
  });
});

describe("周X拜访的 / 周X见的 reports the day gone", () => {
  it.each([
    ["周三拜访的小米，反馈不错", "visit", "2026-12-09", null],
    // today's call is the log, the visit stays in the text
    ["周三拜访的小米，今天又打了个电话，他们说月底前签", "call", null, "2026-12-31"],
    ["周四拜访的京东，对方很满意", "visit", "2026-12-10", null],
    ["星期一打的电话，京东说下周给答复", "call", "2026-12-07", "2026-12-14"],
  ])("%s", (text, kind, held, followUp) => {
    const parsed = parseSentence(text, { now: FRIDAY, timezone: ZONE });
    if (kind) expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
    if (held) expect(day(parsed.occurredAt)).toBe(held);
    expect(day(parsed.followUp)).toBe(followUp);
  });
  it.each(["下周三拜访的客户名单", "明天要拜访的客户"])("%s is still ahead", (text) => {
    expect(parseSentence(text, { now: FRIDAY, timezone: ZONE }).planned).toBe(true);
  });
});

/** Probe: "今天周日还接到小米的电话" followed up next Sunday: the weekday said of today is today. */
describe("今天周X / today (Friday) is today", () => {
  it.each([
    ["今天周日还接到小米的电话，说要加急", new Date("2026-12-13T12:00:00Z")],
    ["今天周五，京东来电催进度", FRIDAY],
    ["今天是周五，京东来电", FRIDAY],
  ])("%s", (text, now) => {
    const parsed = parseSentence(text, { now, timezone: ZONE });
    expect(parsed.activity).toBe("call");
    expect(parsed.followUp).toBeNull();
    expect(day(parsed.occurredAt) ?? localStamp(now, ZONE).slice(0, 10)).toBe(localStamp(now, ZONE).slice(0, 10));
  });
});

/** Probe: "合同寄给顺丰了 周五电话确认" logged a call made last Friday and set no follow-up (a comma worked). */
describe("a weekday opening a spaced-off step after a report is the coming one", () => {
  const THURSDAY = new Date("2026-12-10T06:45:00Z"); // Thursday 14:45 in Shanghai
  it.each([
    ["合同寄给顺丰了 周五电话确认", "2026-12-11"],
    ["小米的方案发过去了 周一电话跟进", "2026-12-14"],
    ["报价发了 周二去拜访一下", "2026-12-15"],
  ])("%s → %s", (text, expected) => {
    const parsed = parseSentence(text, { now: THURSDAY, timezone: ZONE });
    expect(day(parsed.followUp)).toBe(expected);
    expect(parsed.occurredAt === null || parsed.occurredAt.at.getTime() >= THURSDAY.getTime() - 60_000).toBe(true);
  });

  it.each([
    // the weekday's own part reports, or the weekday stands alone before the report
    ["周日 跟 比亚迪 的人 吃了 饭", "2026-12-06"],
    ["周三拜访的小米，反馈不错", "2026-12-09"],
  ])("%s reports %s", (text, expected) => {
    expect(day(parseSentence(text, { now: THURSDAY, timezone: ZONE }).occurredAt)).toBe(expected);
  });
});

/** Probe: "周二跟腾讯吃饭 聊到明年的预算" said on Thursday booked a dinner next Tuesday; the one held was lost. */
describe("what was talked about (聊到, 说起) tells of a day gone", () => {
  const THURSDAY = new Date("2026-12-10T06:45:00Z"); // Thursday 14:45 in Shanghai
  it.each([
    ["周二跟腾讯吃饭 聊到明年的预算", "2026-12-08"],
    ["周一和顺丰的朋友喝茶聊起他们要换系统", "2026-12-07"],
    ["星期天和比亚迪的朋友喝茶 说起他们要换系统", "2026-12-06"],
  ])("%s → held %s", (text, expected) => {
    const parsed = parseSentence(text, { now: THURSDAY, timezone: ZONE });
    expect(parsed.activity).toBe("meeting");
    expect(parsed.planned).toBe(false);
    expect(day(parsed.occurredAt)).toBe(expected);
    expect(parsed.followUp).toBeNull();
  });

  it("a talk still to come stays a plan", () => {
    const parsed = parseSentence("下周二跟腾讯吃饭 聊一下明年的预算", { now: THURSDAY, timezone: ZONE });
    expect(parsed.planned).toBe(true);
    expect(day(parsed.followUp)).toBe("2026-12-15");
  });
});

/** Probe: "周三下午拜访的京东 对方要报价" said on Tuesday set a follow-up on Wednesday afternoon and dated the visit now. */
it.each([
  ["周三下午拜访的京东 对方要报价", "2026-12-09"],
  ["周一上午见的腾讯，他们要方案", "2026-12-14"],
])("%s reports the visit of that day gone", (text, expected) => {
  const TUESDAY = new Date("2026-12-15T10:20:00Z"); // Tuesday 18:20 in Shanghai
  const parsed = parseSentence(text, { now: TUESDAY, timezone: ZONE });
  expect(day(parsed.occurredAt)).toBe(expected);
  expect(parsed.followUp === null || parsed.followUp.at.getTime() - TUESDAY.getTime() > 24 * 3600_000).toBe(true);
});
