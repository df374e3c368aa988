import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2027-09-29T07:00:00Z");
const parse = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });

// Dictated messages (probe 56) offered to create customers called 行政, 青岛 and 户哈: a department said alone,
// the city of the customer's site, and the tail of 新客户 are no customers; the one visited is.
describe("in a dictated message the customer visited comes first", () => {
  it.each([
    ["今天去了字节跳动 见了他们行政的周经理 新客户哈 他们想要一个五十万左右的方案", "字节跳动"],
    ["今天拜访了海尔 青岛总部 新客户 对方是信息部的孙部长", "海尔"],
    ["去了美团 北京总部 见了他们采购的刘经理", "美团"],
    ["新客户哈 今天去了字节跳动", "字节跳动"],
    ["拜访了格力 珠海总部 嗯 见了他们技术的王工", "格力"],
  ])("%s → %s", (text, company) => {
    const hints = parse(text).companyHints;
    expect(hints[0]).toBe(company);
    expect(hints.filter((h) => /^(?:行政|采购|技术|青岛|北京|珠海)$|户哈|对方/u.test(h))).toEqual([]);
  });
});

// Probe 57: "字节跳动HR系统负责人通过官网留言找过来" named no customer (the role glued to the name).
describe("a role glued to the customer's name", () => {
  it.each([
    ["字节跳动HR系统负责人通过官网留言找过来，刚回了电话", ["字节跳动"]],
    ["宁德时代IT负责人来电", ["宁德时代"]],
    ["他们HR负责人来电", []],
    ["今天见了HR负责人", []],
    ["我们公司的IT负责人说要先内部评估", []],
  ])("%s → %s", (text, companies) => {
    expect(parse(text).companyHints).toEqual(companies);
  });
});
