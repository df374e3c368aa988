// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe 28: Fri 22 Jan 2027, 16:30 Shanghai; probe 29: Wed 23 Dec 2026, 12:10 Shanghai. */
const FRIDAY = new Date("2027-01-22T08:30:00Z");
const LUNCH = new Date("2026-12-23T04:10:00Z");
const parse = (text: string, now = FRIDAY) => parseSentence(text, { now, timezone: SHANGHAI });
const stamp = (d: { at: Date } | null) => (d ? localStamp(d.at, SHANGHAI) : null);
const amount = (text: string, now = FRIDAY) => {
  const p = parse(text, now);
  return p.amount ? { minor: p.amount.minor, change: p.amount.change ?? null } : p.amountShare ?? null;
};

describe("amounts", () => {
  it.each([
    // more units added, in Chinese: what is added, not the deal's new value
    ["华为要加200个账号，每个账号3000块，直接加到合同里", { minor: 60_000_000, change: "up" }],
    // a minus sign on the deal is a cut (a refund stays none)
    ["globex deal -5k (removed training package)", { minor: 500_000, change: "down" }],
    ["华为那单 -10万", { minor: 10_000_000, change: "down" }],
    // a discount said before the figure it applies to
    ["pied piper: -15% on the quoted 40k", { minor: 3_400_000, change: null }],
    ["15% off the 40k list price, agreed", { minor: 3_400_000, change: null }],
    // the customer named, then up by a share
    ["Globex up 25% - they're adding the APAC rollout", { change: "up", percent: 25 }],
    // asked for, then approved
    ["华为那单客户要八折，领导已经批了", { change: "down", percent: 20 }],
  ])("%s", (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });

  it.each(["refund -5k", "华为这单打算给个八折冲年底业绩，下周一先跟领导确认", "华为要八折"])("no change made: %s", (text) => {
    expect(amount(text)).toBeNull();
  });

  it.each(["they want 18% off $60k list. I can do 12%", "Acme Corp price negotiation: they want 18% off $60k list. I can do 12%. call them back before 5 today"])(
    "a discount only wanted leaves the list price as said: %s",
    (text) => {
      expect(amount(text)).toEqual({ minor: 6_000_000, change: null });
    },
  );
});

describe("dates", () => {
  it.each([
    // a weekday in a summary of this week is this week's day gone; the next step is the one ahead
    ["华为 这周的情况：周二拜访，周四电话沟通技术细节，价格不变，下周五之前要给最终方案", FRIDAY, "2027-01-29 09:00"],
    // an -ed word describing a noun is no past tense
    ["Call w/ Globex procurement this am, agreed to bump to 95k incl onboarding. sending revised quote Mon", FRIDAY, "2027-01-25 09:00"],
    // moved to a holiday, or a step after it: the coming one, whatever 了 ends the sentence
    ["京东的电话会推迟到元旦后了", LUNCH, "2027-01-04 09:00"],
    ["美的集团的会开完了 他们还要内部讨论 元旦后给答复", LUNCH, "2027-01-04 09:00"],
    ["Pied Piper call went ok, need board approval. ping them first wk of Jan", LUNCH, "2027-01-04 09:00"],
  ])("%s → %s", (text, now, due) => {
    expect(stamp(parse(text, now).followUp)).toBe(due);
  });

  it("the visit in the week's summary is dated Tuesday, not the week's start", () => {
    expect(stamp(parse("华为 这周的情况：周二拜访，周四电话沟通技术细节").occurredAt)).toBe("2027-01-19 09:00");
  });

  it.each(["中秋节签了合同", "国庆前签了", "中秋节见的面"])("a holiday something was done on stays the last one: %s", (text) => {
    expect(parse(text, LUNCH).followUp).toBeNull();
  });
});

describe("kinds and tasks", () => {
  it.each([
    ["美的集团发来采购意向书，金额120万", "email", false],
    ["顺丰电话客户说再考虑考虑下下周再说吧", "call", false],
  ] as const)("%s → %s", (text, kind, planned) => {
    const p = parse(text, LUNCH);
    expect([p.activity, p.planned]).toEqual([kind, planned]);
  });

  it.each(["小米的合同周五前寄过去"])("a task only: %s", (text) => {
    expect(parse(text, LUNCH).taskOnly).toBe(true);
  });

  it.each(["Globex PO expected before month end, chase on the 28th if nothing", "小米的合同周五前寄过去了"])("not a task only: %s", (text) => {
    expect(parse(text).taskOnly).toBe(false);
  });
});

describe("names", () => {
  it.each([
    ["今天上午在展会上认识了联想的采购王总，月底前约个电话", "联想"],
    ["宁德时代储能事业部邮件询价", "宁德时代"],
    ["美团朋友介绍了他们行政采购，约了周四上午十一点见面", "美团"],
  ])("%s names %s", (text, company) => {
    expect(extractNames(text).companyHints[0]).toBe(company);
  });

  it("a team with questions is no company", () => {
    expect(extractNames("阿里上午十点半的视频会开完了，技术团队有几个问题，明天邮件答复").companyHints).toEqual([]);
  });
});
