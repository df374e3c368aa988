import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-11-25T02:00:00Z");

// Probe: "拜访完了 客户挺满意" offered to create a customer called 客户挺满意, "月底前要回访老客户" one called 老客户,
// "还没问公司名" 没问公司, "12号去现场" 现场. Words about a customer or a place are no customer's name.
describe("words about a customer are not its name", () => {
  it.each([
    ["拜访完了 客户挺满意 报价20万", []],
    ["记一下 月底前要回访老客户", []],
    ["刚跟一个新客户打了电话 还没问公司名 周五再打", []],
    ["三一重工 电话 张经理 说设备管理模块很需要 12号去现场", ["三一重工"]],
    ["新客户伊利 拜访了", ["伊利"]],
    ["意向客户格力 电话", ["格力"]],
  ] as const)("%s → %j", (text, companies) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual(companies);
  });
});

// "下季度再联系" offered a customer called 下季度.
describe("a period is no customer's name", () => {
  it.each([["下季度再联系"], ["上半年再说"], ["本季度再跟进"]] as const)("%s", (text) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual([]);
  });
});

// Probe 33: "周一上午提醒我把这周的客户拜访记录整理一下" offered to create a customer called 记录整理一下: a visit's
// records, plan or summary is a noun, no one visited.
describe("a verb heading a record noun names no customer", () => {
  it.each([
    ["周一上午提醒我把这周的客户拜访记录整理一下", []],
    ["拜访报告写完了", []],
    ["回访计划发给经理了", []],
    ["跟进情况汇总一下发群里", []],
    ["拜访了比亚迪，拜访记录已经写好", ["比亚迪"]],
    ["明天回访小米", ["小米"]],
  ] as const)("%s → %j", (text, companies) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual(companies);
  });
});
