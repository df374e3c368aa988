import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");

// A contract verb right after the name ends the name: "跟字节续约" names 字节.
const cases: [string, string][] = [
  ["下个月15号跟字节续约", "字节"],
  ["跟字节续约了", "字节"],
  ["和华为续签三年", "华为"],
  ["给美团续费的事下周再谈", "美团"],
  ["跟滴滴续订了100个账号", "滴滴"],
  ["和小米解约了", "小米"],
  ["与京东续约，金额不变", "京东"],
];

describe("Chinese company names before a contract verb", () => {
  it.each(cases)("%s → %s", (text, company) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual([company]);
  });
});
