import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");

// "通完/打完/开完/聊完/谈完" (done with) end the name like "通了": "跟阿里通完电话" names 阿里.
const cases: [string, string][] = [
  ["刚跟阿里通完电话", "阿里"],
  ["刚跟ali通完电话 他们要下个月才有预算", "ali"],
  ["跟ibm通完电话，明天发方案", "ibm"],
  ["给美团打完电话了", "美团"],
  ["和京东开完会，回公司了", "京东"],
  ["跟华为聊完了，挺顺利", "华为"],
  ["和腾讯谈完价格", "腾讯"],
];

describe("Chinese company names before a finished verb", () => {
  it.each(cases)("%s → %s", (text, company) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual([company]);
  });
});
