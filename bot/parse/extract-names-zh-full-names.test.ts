import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";

// A full name right after "<customer>的" is the customer's person; a word there is not.
describe("a full name after <customer>的", () => {
  it.each([
    ["跟华为的张伟通了电话，下周二报价", "华为", "张伟"],
    ["和腾讯的李娜开了会", "腾讯", "李娜"],
    ["华为的王小明说下周签", "华为", "王小明"],
    ["京东的刘强东说要再看看", "京东", "刘强东"],
    ["美团的王兴表示同意", "美团", "王兴"],
    ["小米的雷军来了", "小米", "雷军"],
    ["阿里的陈静说下周签", "阿里", "陈静"],
    ["华为的欧阳娜娜来电", "华为", "欧阳娜娜"],
    ["跟华为的张伟通过电话", "华为", "张伟"],
    ["拜访了比亚迪的周敏，她对价格很敏感", "比亚迪", "周敏"],
  ])("%s", (text, company, person) => {
    const names = extractNames(text);
    expect(names.companyHints).toContain(company);
    expect(names.contactHints).toContain(person);
  });

  it.each(["华为的方案通过了", "腾讯的高层来了", "华为的周报", "华为的马上要签", "腾讯的黄金周活动", "华为的安全团队来了", "京东的黄总说"])(
    "%s names no full name",
    (text) => {
      const people = extractNames(text).contactHints.filter((c) => !/总$/u.test(c));
      expect(people).toEqual([]);
    },
  );
});

// A role between "<customer>的" and the name, or a role that introduces one ("对接人叫赵敏"): the name is the person.
describe("a full name after a role", () => {
  it.each([
    ["华为的采购经理刘芳说下周发招标文件", "刘芳"],
    ["跟腾讯的技术总监王磊开了个会", "王磊"],
    ["京东新来的对接人叫赵敏，电话13912345678", "赵敏"],
    ["顺丰的项目经理是陈晓东", "陈晓东"],
    ["比亚迪的CTO李强来电", "李强"],
    ["小米那边联系人换成了孙丽", "孙丽"],
  ])("%s", (text, person) => {
    expect(extractNames(text).contactHints).toContain(person);
  });

  it.each(["华为的采购说下周发", "腾讯的技术总监很满意", "京东的对接人是谁", "华为的负责人换了", "美的的经理们都来了"])("%s names no one", (text) => {
    expect(extractNames(text).contactHints.filter((c) => !/总$/u.test(c))).toEqual([]);
  });
});
