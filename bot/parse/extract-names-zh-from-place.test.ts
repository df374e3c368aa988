import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";

// "刚从美的回来，…" offered to create a customer called "刚从美": 从 is where one comes back from.
describe("the place one comes back from is the organisation, without 刚从", () => {
  it.each([
    ["刚从美的回来，对方采购说要压价10%，我们坚持45万", "美的"],
    ["刚从海尔回来，对方采购说要压价10%", "海尔"],
    ["从比亚迪那边出来，准备回公司", "比亚迪"],
    ["才从格力离开，明天再约", "格力"],
    ["刚从宁德时代这边出来", "宁德时代"],
  ])("%s → %s", (text, name) => {
    const hints = extractNames(text).companyHints;
    expect(hints).toContain(name);
    expect(hints.filter((h) => h.includes("从"))).toEqual([]);
  });

  it.each(["从上周开始他们就不回消息了", "从价格上看我们没优势", "从下个月起按新价格执行"])("从 opening a clause names nobody: %s", (text) => {
    expect(extractNames(text).companyHints).toEqual([]);
  });
});

// "northwind 微信说…" offered to create a customer called 微信, "…发邮件说 圣诞节后再谈" one called 圣诞节后.
describe("a channel or a holiday is no organisation", () => {
  it.each(["northwind 微信说合同已经盖章了", "Northwind 发邮件说 圣诞节后再谈", "圣诞节后再谈", "国庆后再说", "春节前签"])(
    "%s: no channel or holiday",
    (text) => {
      expect(extractNames(text).companyHints.filter((h) => /\p{Script=Han}/u.test(h))).toEqual([]);
    },
  );

  // "Initec 下周二 上门演示": a Latin name heading a Chinese note is looked up (a typo of Initech is offered, not lost).
  it.each([
    ["Initec 下周二 上门演示", ["Initec"]],
    ["Acme Corp 下周二开会", ["Acme Corp"]],
    ["called 华为, 预算20万", ["华为"]],
    ["ok 明天再说", []],
    ["CFO 说下周签", []],
  ])("%s → %j", (text, hints) => {
    expect(extractNames(text).companyHints).toEqual(hints);
  });

  it.each([
    ["海尔微信说下周来", "海尔"],
    ["海尔发邮件说要报价", "海尔"],
    ["五一路科技来电", "五一路科技"],
  ])("%s → %s", (text, name) => {
    expect(extractNames(text).companyHints).toEqual([name]);
  });
});
