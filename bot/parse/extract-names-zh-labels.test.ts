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
  ])("%s → %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });

  it("a person after the label is a contact", () => {
    expect(parse("客户：王总").companyHints).toEqual([]);
  });
});
