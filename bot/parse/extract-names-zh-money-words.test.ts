import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { extractNames } from "./extract-names.js";

const now = new Date("2026-12-03T02:00:00Z");

// A money word right after the name ends it: "顺丰预算大概三十来万" names 顺丰, not a company "顺丰预算大概三十".
const cases: [string, string][] = [
  ["顺丰预算大概三十来万", "顺丰"],
  ["美团金额还没定", "美团"],
  ["京东合同额80万", "京东"],
];

describe("Chinese company names before a money word", () => {
  it.each(cases)("%s → %s", (text, company) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual([company]);
  });
});

// "本周小结：拜访2次，电话3次" offered to create a customer called "2次".
describe("a count is no customer", () => {
  it.each(["本周小结：拜访2次，电话3次", "周报：本周共拜访客户4家，电话沟通6次", "今天拜访3次，电话5次，邮件2封"])("%s", (text) => {
    expect(extractNames(text).companyHints).toEqual([]);
  });

  it("a name with digits stays a name", () => {
    expect(extractNames("去了58同城").companyHints).toContain("58同城");
  });
});
