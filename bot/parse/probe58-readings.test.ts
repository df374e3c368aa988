import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Probe 58 (year-end 2027: collections, renewals, budgets frozen till the new year).
const now = new Date("2027-12-20T10:30:00Z"); // Monday 18:30 in Shanghai, 05:30 in New York
const parse = (text: string, names: string[], zone = "Asia/Shanghai") => parseSentence(text, { now, timezone: zone, names });

describe("money overdue or chased is no deal's value", () => {
  it.each([
    ["邮件给小米发了催款函，逾期款45万，三天后还没回就打电话", ["小米"]],
    ["京东还有未付款30万，下周去催", ["京东"]],
    ["Initech has 20k overdue, chased them", ["Initech"]],
    ["Globex is 15k past due, sent a reminder", ["Globex"]],
  ])("%s", (text, names) => {
    expect(parse(text, names).amount).toBeNull();
  });

  it("a price beside it still is", () => {
    expect(parse("京东合同总价150万，逾期款20万还没付", ["京东"]).amount?.minor).toBe(150_000_000);
  });
});

describe("a figure the customer asks us to go down to is no value", () => {
  it.each([
    "On the phone Contoso's buyer asked whether we could go down to 40k, didn't commit. Talking again Thursday 4pm",
    "Contoso's buyer asked us whether we could come down to 40k",
  ])("%s", (text) => {
    expect(parse(text, ["Contoso"], "America/New_York").amount).toBeNull();
  });
});

describe("the year-end or month-end something is for is no day to follow up on", () => {
  it.each([
    ["小米采购部李经理微信说年底预算冻结了，1月10号以后再谈", "2028-01-10"],
    ["月底的指标还差一单，下周三再约京东", "2027-12-29"],
  ])("%s → %s", (text, day) => {
    const parsed = parse(text, ["小米", "京东"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai").slice(0, 10)).toBe(day);
  });
});

describe("the customer's city said after its name is not part of it", () => {
  it.each([
    ["海尔青岛那边发邮件来询价，约了下周二上午10点线上演示", "海尔"],
    ["万科深圳的王总来电", "万科"],
    ["重庆长安那边来电", "重庆长安"],
    ["今天拜访了青岛啤酒", "青岛啤酒"],
  ])("%s → %s", (text, company) => {
    expect(extractNames(text).companyHints[0]).toBe(company);
  });
});

describe("a meeting held at the customer's is a visit; 先 before a verb with 了 reports", () => {
  it.each([
    ["今天在华为开了一下午的会，张总说预算可以提到230万", "visit", false],
    ["在华为总部开的会，聊得不错", "visit", false],
    ["今天跟华为开了个会", "meeting", false],
    ["京东和美的下周一都要报价，今天先给京东打电话确认了需求", "call", false],
    ["今天先给京东打了电话", "call", false],
    ["先给京东打个电话", "call", true],
  ])("%s → %s", (text, kind, planned) => {
    const parsed = parse(text, ["华为", "京东", "美的"]);
    expect([parsed.activity, parsed.planned]).toEqual([kind, planned]);
  });
});

describe("met at an event is a meeting; what they asked me to send is still to do", () => {
  it.each([
    ["在深圳的行业峰会上跟联想的陈总聊了几句，对我们的方案挺感兴趣，让我发资料过去", "meeting"],
    ["蔚来 那个 今天在车展上碰到他们采购部的人了 聊了几句 留了名片", "meeting"],
    ["展会上跟小米的王总聊了聊", "meeting"],
    ["客户让我发资料过去", null],
    ["我们在展会上有个展位", null],
  ])("%s → %s", (text, kind) => {
    expect(parse(text, ["联想", "蔚来", "小米"]).activity).toBe(kind);
  });
});

// Probe 55: "onsite at Globex NJ office tomorrow 1pm, amy asked me to cover" logged a note of news beside the visit planned.
describe("a colleague handing the step over is no news beside the plan", () => {
  it.each([
    ["onsite at Globex NJ office tomorrow 1pm, amy asked me to cover", "America/New_York", false],
    ["明天下午去华为开会，王经理让我替他去", "Asia/Shanghai", false],
    ["Globex call tmrw 3pm, they asked for a discount", "America/New_York", true],
  ])("%s", (text, zone, news) => {
    const parsed = parse(text, ["Globex", "华为"], zone);
    expect(parsed.planned).toBe(true);
    expect(parsed.alsoReports).toBe(news);
  });
});
