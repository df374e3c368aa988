import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");
const parse = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });

// A person who opens the sentence and acts ("王总发微信说…") is a contact, not a company called 王总发微信;
// coming to our office ("大疆来公司参观了") names 大疆, not a company 大疆来公司.
describe("people and visits that look like company names", () => {
  it.each([
    ["王总发微信说下周可以见面", "王总"],
    ["李经理打电话来催合同", "李经理"],
    ["张总问能不能再便宜点", "张总"],
    ["刘工回复说没问题", "刘工"],
  ])("%s: %s is a contact and no company", (text, contact) => {
    const parsed = parse(text);
    expect(parsed.contactHints).toContain(contact);
    expect(parsed.companyHints).toEqual([]);
  });

  it.each([
    ["大疆来公司参观了", "大疆"],
    ["美团到公司考察", "美团"],
    ["未来科技有限公司的王总来电", "未来科技有限公司"],
    ["华为技术有限公司来人了", "华为技术有限公司"],
    // "X那个单子": the customer before the deal it names
    ["腾讯那个单子丢了", "腾讯"],
    ["京东这个项目黄了", "京东"],
    ["美团那单签了", "美团"],
    // an adverb after the name ends it: 又 / 还 / 再 / 一直
    ["阿里又来电话催交付了", "阿里"],
    ["小米还没回复", "小米"],
    ["京东一直没消息", "京东"],
    // a span of time after the name ends it too
    ["阿里三天后回电话", "阿里"],
    ["腾讯两周内给答复", "腾讯"],
  ])("%s → %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });
});

// Found in a new-user run: "陪王经理去了趟格力电器…" offered a customer "趟格力电器" and 王经理 (a colleague) as its contact.
describe("the colleague the rep went along with, and 去了趟", () => {
  it.each([
    ["今天上午陪王经理去了趟格力电器，见了采购部的黄工", "格力电器", "黄工"],
    ["陪同李总拜访了华为的张总", "华为", "张总"],
    ["带着小刘去趟比亚迪，见了王经理", "比亚迪", "王经理"],
  ])("%s → %s, %s", (text, company, contact) => {
    const parsed = parse(text);
    expect(parsed.companyHints[0]).toBe(company);
    expect(parsed.contactHints).toEqual([contact]);
  });
});

// Probes 24 and 25: a new customer named only through a role there ("大疆的市场部经理"), or heading a note of a
// meeting at a trade show, was not offered (or "详谈" was offered in its place).
describe("a customer named by a role there, or heading a note of who was met", () => {
  it.each([
    ["大疆的市场部经理刚才来电话，想采购200个license，预计40万，后天过去详谈", "大疆"],
    ["昨天在展会上认识了网易的采购总监，交换了名片，下周约个时间去拜访", "网易"],
    ["蔚来的CTO对方案很感兴趣", "蔚来"],
    ["理想汽车的对接人换了", "理想汽车"],
    ["宁德时代 展会上认识的 陈总 加了名片 回头发资料", "宁德时代"],
  ])("%s: %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });

  it.each(["我们的技术总监明天去拜访", "客户的采购经理来电话", "他们的CTO很感兴趣", "明天过去详谈"])("no customer named: %s", (text) => {
    expect(parse(text).companyHints).toEqual([]);
  });
});
