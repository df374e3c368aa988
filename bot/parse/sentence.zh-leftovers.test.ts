import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseAmount, parseSentence } from "./parse-sentence.js";

// Chinese phrasings that were misread: a slash date glued to a name, 过完年 / 过了国庆, "35万成交",
// "每个账号3000，共200个账号"; and a note naming a past month is news today, not back-dated to its first day.
const now = new Date("2026-12-02T02:00:00Z"); // Wednesday 10:00 in Shanghai
const ctx = { now, timezone: "Asia/Shanghai" };
const local = (d: Date | undefined) => d?.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);

describe("a slash date glued to a name, with a time of day or an arrangement after it", () => {
  it.each([
    ["比亚迪12/8上午开会", "2026-12-08"],
    ["华为12/15见", "2026-12-15"],
    ["顺丰12/10前付款", "2026-12-10"],
    ["小米1/6下午3点过来", "2027-01-06"],
    ["美的12/20上线", "2026-12-20"],
  ])("%s → %s", (text, day) => {
    expect(local(parseDates(text, ctx).followUp?.at)).toBe(day);
  });

  it.each(["项目完成了1/3上线", "京东12/8", "第1/2期款"])("no date: %s", (text) => {
    expect(parseDates(text, ctx).followUp).toBeNull();
  });

  it("the meeting glued to its date is planned, not held today", () => {
    const parsed = parseSentence("比亚迪12/8上午开会", ctx);
    expect(parsed.planned).toBe(true);
    expect(parsed.occurredAt).toBeNull();
  });
});

describe("过完年 / 过了节 / 国庆回来: after the holiday", () => {
  it.each([
    ["过完年再联系顺丰", "2027-02-15"],
    ["过了年再说", "2027-02-15"],
    ["等过完春节再约", "2027-02-15"],
    ["过年回来再说", "2027-02-15"],
    ["过了国庆再约", "2027-10-08"],
    ["国庆回来再约", "2027-10-08"],
    ["过完节再说", "2027-01-04"],
  ])("%s → %s", (text, day) => {
    expect(local(parseDates(text, ctx).followUp?.at)).toBe(day);
  });

  it("过年前 stays before the holiday", () => {
    expect(local(parseDates("过年前签", ctx).followUp?.at)).toBe("2027-02-04");
  });
});

describe("amounts", () => {
  it.each([
    ["京东35万成交", 35_000_000],
    ["35万 成交了", 35_000_000],
    ["小米那单80万成单", 80_000_000],
  ])("%s", (text, minor) => {
    expect(parseAmount(text)?.minor).toBe(minor);
  });

  it.each(["打了3成", "提成3成", "每月3次", "一年1200个客户", "每年2025"])("no amount: %s", (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it.each([
    ["腾讯每个账号3000/年，共200个账号", 60_000_000],
    ["每个坐席500，一共80个坐席", 4_000_000],
    ["每个用户200元，100个用户", 2_000_000],
    // a bare price after a period word ("一年1200") was no amount at all
    ["比亚迪要了100个账号，每个账号一年1200", 12_000_000],
    ["美的集团月租8000", 800_000],
    ["顺丰的服务费每年5000", 500_000],
  ])("a price per unit times the count: %s", (text, minor) => {
    expect(parseSentence(text, ctx).amount?.minor).toBe(minor);
  });

  it.each([
    ["京东35万成交", "won"],
    ["京东35万成单", "won"],
  ])("%s is a win", (text, stage) => {
    expect(parseSentence(text, ctx).stageHint).toBe(stage);
  });

  it.each(["京东还没成单", "成单率很低"])("not a win: %s", (text) => {
    expect(parseSentence(text, ctx).stageHint).toBeNull();
  });
});

describe("a note naming a past week, month or year is news today", () => {
  it.each(["Contoso champion left last month, renewal at risk", "上个月华为换了采购负责人", "去年美的换了供应商", "Globex lost their CFO a few months ago"])(
    "%s",
    (text) => {
      const parsed = parseSentence(text, ctx);
      expect(parsed.activity).toBeNull();
      expect(parsed.occurredAt).toBeNull();
    },
  );

  it.each([
    ["昨天跟华为沟通了预算", "2026-12-01"],
    ["visited Globex last month", "2026-11-01"],
  ])("a day, or an activity held then, keeps its date: %s", (text, day) => {
    expect(local(parseSentence(text, ctx).occurredAt?.at)).toBe(day);
  });
});
