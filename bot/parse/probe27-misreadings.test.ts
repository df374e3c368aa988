// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe 27 (120 rep messages typed early in the morning): Tue 15 Dec 2026, 07:40 Shanghai. */
const MORNING = new Date("2026-12-14T23:40:00Z");
const parse = (text: string) => parseSentence(text, { now: MORNING, timezone: SHANGHAI });
const stamp = (d: { at: Date } | null) => (d ? localStamp(d.at, SHANGHAI) : null);

describe("news of the customer's own plans, or passed on for information, sets no follow-up", () => {
  it.each([
    "京东 昨天 电话 聊了20分钟 他们下季度有新预算",
    "鹅厂那边昨晚回邮件了，说预算要等年后再批",
    "Pied Piper moving HQ to Shenzhen in Q1, fyi",
    "Acme Corp cutting their IT budget 30% next yr per WSJ",
    "小米明年有更多预算，仅供参考",
  ])("%s", (text) => {
    expect(parse(text).followUp).toBeNull();
  });

  it.each([
    // our own step said beside the news still counts
    ["fyi they sign next week, f/u monday", "2026-12-21 09:00"],
    ["我们等年后再联系", "2027-02-15 09:00"],
  ])("%s → %s", (text, due) => {
    expect(stamp(parse(text).followUp)).toBe(due);
  });
});

describe("a day ahead named in a run-on or by what falls on it", () => {
  it.each([
    // voice typing without commas: 周四把报价发过去 is a step ahead, though the sentence reports the visit
    ["昨天下午去了美的顺德总部见了采购部他们对我们的方案挺感兴趣周四把报价发过去", "2026-12-17 09:00"],
    // 冬至那天: the coming winter solstice (那天 after a holiday is no day gone)
    ["冬至那天请美的的人吃饭", "2026-12-22 09:00"],
  ])("%s → %s", (text, due) => {
    expect(stamp(parse(text).followUp)).toBe(due);
  });

  it.each(["周四给华为发了报价", "周四把合同寄给他们了"])("sent already: %s has no follow-up", (text) => {
    expect(parse(text).followUp).toBeNull();
  });
});

describe("what is ahead today is planned, not held", () => {
  it.each([
    ["Pied Piper - coffee w/ Richard this morning at 9", "2026-12-15 09:00"],
    ["lunch with Initech at 12:30 today", "2026-12-15 12:30"],
  ])("%s", (text, due) => {
    const p = parse(text);
    expect([p.activity, p.planned, stamp(p.followUp)]).toEqual(["meeting", true, due]);
  });

  it.each(["met Globex this morning at 7", "had lunch with Initech at 12:30"])("held: %s", (text) => {
    expect(parse(text).planned).toBe(false);
  });
});

describe("tasks, shares, places and names", () => {
  it.each(["pls follow up with Fabrikam in 2 wks", "腾讯平安夜前要把POC环境搭好"])("a task only: %s", (text) => {
    const p = parse(text);
    expect([p.activity, p.taskOnly]).toEqual([null, true]);
  });

  it("缩水一半 halves the deal", () => {
    expect(parse("华为的单子缩水一半了").amountShare).toEqual({ change: "down", percent: 50 });
  });

  it("去腾讯滨海大厦 is a visit", () => {
    expect(parse("昨天去腾讯滨海大厦对接了需求，下下周再去一次").activity).toBe("visit");
  });

  it.each([
    ["拼多多 陌生拜访 前台没让进 留了名片", "拼多多"],
    ["上周展会上认识了海尔的采购，元旦后约个时间拜访", "海尔"],
    ["网易的朋友介绍了一个项目 还没联系 先记下 下下周一约个时间", "网易"],
  ])("%s names %s first", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });
});
