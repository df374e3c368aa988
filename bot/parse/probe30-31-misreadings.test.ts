// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe 30: Mon 5 Apr 2027, 10:20 Shanghai; probe 31: Thu 10 Dec 2026, 21:45 Shanghai. */
const APRIL = new Date("2027-04-05T02:20:00Z");
const EVENING = new Date("2026-12-10T13:45:00Z");
const parse = (text: string, now = EVENING) => parseSentence(text, { now, timezone: SHANGHAI });
const stamp = (d: { at: Date } | null) => (d ? localStamp(d.at, SHANGHAI) : null);

describe("clock and dates", () => {
  it.each([
    // chrono stopped at 三点三 (15:03)
    ["腾讯下周三下午三点三刻来我们公司做技术交流", "2026-12-16 15:45"],
    ["they want pricing for 3 regions by end of next wk", "2026-12-18 09:00"],
    ["JD.com hiring a new CTO per WSJ - worth reaching out after New Year's", "2027-01-04 09:00"],
    // a meal in another part of the message sets no dinner hour on this date
    ["顺丰王总晚饭 聊了明年合作 他让节后找下面的人对接 元旦后第一个工作日联系一下", "2027-01-04 09:00"],
  ])("%s → %s", (text, due) => {
    expect(stamp(parse(text).followUp)).toBe(due);
  });

  it.each(["京东双十一物流压力大 据说要扩容仓储系统 是个机会", "今晚跟华为的人吃饭 他们透露明年还有个二期 大概500万"])("news, no follow-up: %s", (text) => {
    expect(parse(text).followUp).toBeNull();
  });
});

describe("amounts", () => {
  it.each([
    // a later phase's figure, or money raised, is no amount
    "今晚跟华为的人吃饭 他们透露明年还有个二期 大概500万",
    "Pied Piper emailed - they closed their Series B, $50M",
  ])("none: %s", (text) => {
    expect(parse(text).amount).toBeNull();
  });

  it.each([
    // a discount asked for on the figure, then agreed
    ["华为210万的单子他们要95折 我同意了", 199_500_000],
    ["Globex asked for 10% off the 92k... approved by my manager", 8_280_000],
  ])("%s → %s", (text, minor) => {
    expect(parse(text, APRIL).amount?.minor).toBe(minor);
  });

  it("asked for, then 'I said ok'", () => {
    expect(parse("Globex wants 10% off, I said ok").amountShare).toEqual({ change: "down", percent: 10 });
  });

  it("'dropped by 5k' is a cut, no visit", () => {
    const p = parse("Globex dropped by 5k bc of the license change");
    expect([p.activity, p.amount?.minor, p.amount?.change]).toEqual([null, 500_000, "down"]);
  });
});

describe("kinds and tasks", () => {
  it.each([
    ["给京东发了合作意向书 等盖章 周一跟进", "email"],
    ["顺丰发来采购流程文件了 要我们填供应商信息 月中之前交", "email"],
    ["顺丰王总晚饭 聊了明年合作", "meeting"],
  ])("%s → %s", (text, kind) => {
    expect(parse(text).activity).toBe(kind);
  });

  it("晚饭后 is a time, not a meal held", () => {
    expect(parse("晚饭后给顺丰打电话").activity).toBe("call");
  });

  it.each(["京东月底前要给个方案", "Contoso: reminder to send renewal quote before month end", "EOD tomorrow send Northwind the SOW", "平安夜之前要给阿里巴巴回复报价"])(
    "a task only: %s",
    (text) => {
      expect(parse(text, APRIL).taskOnly).toBe(true);
    },
  );

  it("京东说月底前要给个方案 is what the customer said", () => {
    expect(parse("京东说月底前要给个方案", APRIL).taskOnly).toBe(false);
  });
});

describe("names", () => {
  it.each([
    ["今天跟阿里技术团队开了个线上会 要接口文档 周末前发过去", "阿里"],
    ["朋友介绍的大疆 今天下午在他们南山办公室见了一面 聊了无人机数据管理 月底前出个初步方案", "大疆"],
  ])("%s names %s first", (text, company) => {
    expect(extractNames(text).companyHints[0]).toBe(company);
  });

  it.each([
    ["阿里的人刚才来电话 想看demo 约了下礼拜二上午十点", "下礼拜二"],
    ["朋友介绍的大疆 今天下午在他们南山办公室见了一面 聊了无人机数据管理", "无人机数据"],
  ])("%s: %s is no name", (text, word) => {
    expect(extractNames(text).companyHints).not.toContain(word);
  });
});

describe("names glued to words of who and when", () => {
  it("阿里的人刚才来电话: no customer called 阿里的人刚才来", () => {
    expect(extractNames("阿里的人刚才来电话 想看demo 约了下礼拜二上午十点").companyHints.filter((c) => c.includes("刚才"))).toEqual([]);
  });
});

describe("held or planned", () => {
  it.each([
    // "tonight" typed at 21:45 plans nothing: the dinner was held, the call tomorrow is the step
    ["Dinner w/ Globex CFO tonight - they're adding 3 sites, deal goes to $110k. f/u call tmrw 3:30pm to confirm scope", EVENING, false],
    ["Dinner w/ Globex CFO tonight", EVENING, false],
    // typed in the afternoon it is ahead
    ["Dinner w/ Globex CFO tonight", new Date("2026-12-10T06:00:00Z"), true],
  ] as const)("%s", (text, now, planned) => {
    const p = parse(text, now);
    expect([p.activity, p.planned]).toEqual(["meeting", planned]);
  });

  it.each([
    ["明天和后天都在比亚迪深圳工厂，周四回来", "visit"],
    ["下个月3号 跟腾讯 签约仪式", "meeting"],
  ])("%s is a %s ahead", (text, kind) => {
    const p = parseSentence(text, { now: APRIL, timezone: SHANGHAI, names: ["比亚迪", "腾讯"] });
    expect([p.activity, p.planned]).toEqual([kind, true]);
  });

  it("one meeting named twice in its clause ('zoom demo w/ Acme at noon today', typed at 08:45) is planned", () => {
    const p = parseSentence("zoom demo w/ Acme at noon today", { now: EVENING, timezone: "America/New_York" });
    expect([p.activity, p.planned]).toEqual(["meeting", true]);
  });

  it("a quoted name after 'from' is the customer", () => {
    expect(extractNames("someone from 'Massive Dynamic' called, new lead, callback Wed 10:30").companyHints).toContain("Massive Dynamic");
  });
});
