import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");
const parse = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });

// "新客户：杭州海康威视，…": the customer as the label of the note.
describe("a customer named as the label of a note", () => {
  it.each([
    ["新客户：杭州海康威视，对接人是采购部赵经理，电话13912345678", "杭州海康威视"],
    ["客户名称：星河科技有限公司；联系人：王总", "星河科技有限公司"],
    ["意向客户: 理想汽车，下周演示", "理想汽车"],
    ["客户：比亚迪，今天电话沟通了续约", "比亚迪"],
    // probe: without a colon the new customer was not read ("这是关于哪个客户的？" with unrelated customers)
    ["新客户 宁德时代 第一次电话沟通 需求是仓储管理系统", "宁德时代"],
    ["新客户宁德时代，电话沟通了一下", "宁德时代"],
    ["意向客户 理想汽车 下周演示", "理想汽车"],
  ])("%s → %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });

  it.each(["新客户拜访了两家", "今天开发了一个新客户", "新客户的需求是仓储系统"])("%s names no customer", (text) => {
    expect(parse(text).companyHints).toEqual([]);
  });

  it("a person after the label is a contact", () => {
    expect(parse("客户：王总").companyHints).toEqual([]);
  });
});

// "北京字节 来电" offered no new customer: a name alone opening the message, then a space and what happened.
describe("a name heading the message before a space and an activity word", () => {
  it.each([
    ["北京字节 来电", "北京字节"],
    ["深圳大疆 拜访 下周一", "深圳大疆"],
    ["- 宁德时代 电话沟通", "宁德时代"],
  ])("%s → %s", (text, name) => {
    expect(parse(text).companyHints).toContain(name);
  });

  it.each(["张总 电话 13800138000", "明天 开会", "今天 拜访了客户"])("%s names no customer at its head", (text) => {
    expect(parse(text).companyHints).not.toContain(text.split(" ")[0]);
  });
});
