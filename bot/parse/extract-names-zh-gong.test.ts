import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-07T01:33:00Z");

/** README trial: "上周五去蒙牛工厂看了产线" offered "牛工" as a contact (工 of 工厂 read as a title). */
describe("工 opening a word is no title", () => {
  it.each<[string, string[]]>([
    ["上周五去蒙牛工厂看了产线 对方说预算30w左右", []],
    ["在美的工地开了个会", []],
    ["跟李工通了电话", ["李工"]],
    ["王工明天来", ["王工"]],
    ["张工程师说下周出方案", ["张工"]],
  ])("%s → %j", (text, contacts) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).contactHints).toEqual(contacts);
  });
});
