import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";

const ctx = { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" };

// 一点 after a word of degree is "a little": "客户希望便宜一点" set a follow-up at 13:00 today.
describe("一点 as a little", () => {
  it.each([
    "客户希望便宜一点",
    "能不能再便宜一点",
    "快一点给报价",
    "预算200万多一点",
    "早一点到",
    "说得详细一点",
    "我们目前报价68万 准备让一点",
    "价格再砍一点",
  ])("%s has no time", (text) => {
    const dates = parseDates(text, ctx);
    expect(dates.followUp).toBeNull();
    expect(dates.occurredAt).toBeNull();
  });

  it.each([
    ["下午一点开会", "2026-12-02T05:00:00.000Z"],
    ["一点钟见", "2026-12-02T05:00:00.000Z"],
    ["明天一点见", "2026-12-03T05:00:00.000Z"],
    ["一点半开会", "2026-12-02T05:30:00.000Z"],
  ])("%s is one o'clock", (text, at) => {
    expect(parseDates(text, ctx).followUp?.at.toISOString()).toBe(at);
  });
});

// A difference from another figure ("比去年多30万", "30k more than last year") is no deal amount, and
// 多 / 少 inside 差不多 / 至少 are no change ("预算差不多200万" is the budget).
describe("compared amounts and words that only look like a change", () => {
  it.each([
    "比去年多30万",
    "华为比阿里贵了10万",
    "30k more than last year",
    "Initech is 5k lower than Globex",
    "Initech asked for a 20k discount",
    "客户要求再降5万",
    // the customer's counter-offer is their position ("countered at 65k" set the deal to 65k)
    "Globex countered at 65k",
    "Initech came back with 50k",
    "Contoso lowballed us at 30k",
    "客户还价到60万",
    // beside the counter, a gap or a competitor's price is no value either (the review found the deal set to the gap)
    "Globex countered at 65k, 10k below our quote",
    "华为还价到150万，还差20万",
    "Globex countered at 65k, a 15k gap",
    "Globex: our quote is 10k lower than Initech's 70k",
    "客户还到了60万",
    "Globex pushed back to 65k",
    "Globex's counter: 65k",
    // a counter not accepted, or made to us (the second review found these written)
    "Globex countered at 65k, we haven't accepted yet",
    "Globex came back at 65k, not accepted",
    "华为还价到150万，我们不同意",
    "华为还价到150万，我们不能接受",
    "客户还价到150万，需要老板同意",
    "华为跟我们还价到150万",
    "华为给我们还价到150万",
    // what a deal might bring under a condition
    "华为这单如果谈成了，能有300万",
    "if Globex signs it could be 80k",
    // the customer's position, and a cut only asked for (probe: "they're at 50k" was stored)
    "they're at 50k",
    "Contoso's procurement is at 40k",
    "客户要求降到180万",
    "they want us to come down to 70k",
  ])("%s: no amount", (text) => {
    expect(parseSentence(text, ctx).amount).toBeNull();
  });

  it.each([
    ["华为预算差不多200万", 200_000_000],
    // probe: the budget they are at is the deal's value, unlike their position "they're at 50k"
    ["phone call w/ fabrikam, they're at 80k budget, want to close by dec 20", 8_000_000],
    ["至少50万", 50_000_000],
    ["不少于50万", 50_000_000],
    ["华为预算200万，比去年多30万", 200_000_000],
    ["discount 10k off list, final 90k", 9_000_000],
    ["Globex countered at 65k, we're at 72k", 7_200_000],
    ["Contoso - pricing call with Jim, they're at 50k we're at 58k", 5_800_000],
    ["华为那边又要求降价 从220万降到200万 我们最多只能到205万", 205_000_000],
    ["客户要求降到180万，我们同意了", 180_000_000],
    ["they want us to come down to 70k, we agreed", 7_000_000],
    ["客户还价60万，我们报的80万", 80_000_000],
    // a counter accepted, or our own
    ["Globex countered at 65k, we accepted", 6_500_000],
    ["华为还价到150万，我们接受了", 150_000_000],
    ["Globex accepted our counter at 75k", 7_500_000],
    ["We countered at 75k", 7_500_000],
    ["我们出价150万", 150_000_000],
    ["我们报价100万，客户还价到60万", 100_000_000],
    // a customer whose name starts with 比 is no comparison ("比亚迪合同金额128.5万" had no amount)
    ["比亚迪合同金额128.5万，已盖章", 128_500_000],
    ["比亚迪预算50万", 50_000_000],
    // a price beside a payment, after 'signed for' / 'PO for'
    ["Contoso signed for 48k, first payment 12k next month", 4_800_000],
    ["Fabrikam PO for 45,000 received", 4_500_000],
  ])("%s: the amount itself", (text, minor) => {
    const amount = parseSentence(text, ctx).amount;
    expect(amount?.minor).toBe(minor);
    expect(amount?.change).toBeUndefined();
  });

  it.each([
    ["华为的报价降了20万", "down"],
    ["华为追加了30万的服务", "up"],
    ["Acme added 20k in services", "up"],
    ["gave Acme $5k off", "down"],
  ])("%s moves the deal's amount", (text, change) => {
    expect(parseSentence(text, ctx).amount?.change).toBe(change);
  });
});

// "客户提了两点要求", "主要是两点：价格和交付": points counted, not two o'clock.
describe("points counted are no hour", () => {
  it.each(["客户提了两点要求", "华为有三点顾虑", "主要是两点：价格和交付", "第一点是价格", "一点点", "拜访腾讯，讨论三点", "会上强调了两点"])("%s", (text) => {
    expect(parseDates(text, ctx).followUp).toBeNull();
  });

  // probe: "拜访腾讯，讨论三点，下周三跟进" followed up on Wednesday at 15:00
  it("points discussed leave the next step's day at 09:00", () => {
    const due = parseDates("拜访腾讯，讨论三点，下周三跟进", ctx).followUp;
    expect(due?.hasTime).toBe(false);
  });

  it.each([
    ["两点见", "2026-12-02T06:00:00.000Z"],
    ["明天三点 要求到场", "2026-12-03T07:00:00.000Z"],
  ])("%s is the hour", (text, at) => {
    expect(parseDates(text, ctx).followUp?.at.toISOString()).toBe(at);
  });
});

// "Globex needs 24/7 support" was back-dated to 24 July.
describe("around the clock is no date", () => {
  it.each(["Globex needs 24/7 support", "华为要求7x24小时服务", "24x7 on-call coverage for Initech"])("%s", (text) => {
    const dates = parseDates(text, ctx);
    expect(dates.followUp).toBeNull();
    expect(dates.occurredAt).toBeNull();
  });

  it("a real slash date stays one", () => {
    expect(parseDates("call on 12/7", ctx).followUp?.at.toISOString()).toBe("2026-12-07T01:00:00.000Z");
  });
});
