import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");
const parse = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });

// A department (采购部, 技术部门, 总部) is where the person sits: the customer is the organisation in
// front of it, or the sentence names none. Found in a new-user run: "去美的集团拜访了采购部的陈经理"
// offered to create a customer called 采购部.
describe("departments are not customers", () => {
  it.each([
    ["今天下午去美的集团拜访了采购部的陈经理，他们打算采购200台", "美的集团", "陈经理"],
    ["拜访了华为采购部的陈经理", "华为", "陈经理"],
    ["和腾讯技术部门的刘工开了会", "腾讯", "刘工"],
    ["去比亚迪总部开会，见了财务部的王总", "比亚迪", "王总"],
    ["跟小米科技法务部的李经理确认合同条款", "小米科技", "李经理"],
    ["约了皇家俱乐部的王总", "皇家俱乐部", "王总"],
  ])("%s → %s", (text, company, contact) => {
    const parsed = parse(text);
    expect(parsed.companyHints[0]).toBe(company);
    expect(parsed.companyHints.some((name) => /部$/u.test(name) && !name.endsWith("俱乐部"))).toBe(false);
    expect(parsed.contactHints).toContain(contact);
  });

  it.each(["拜访了采购部的陈经理", "采购部的王经理来电", "跟IT部的小刘确认了需求", "和技术部门开了会"])("%s names no customer", (text) => {
    expect(parse(text).companyHints).toEqual([]);
  });
});
