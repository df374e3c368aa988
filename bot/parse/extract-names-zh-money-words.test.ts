import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

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
