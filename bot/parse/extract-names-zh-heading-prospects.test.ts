// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-07T01:05:00Z");
const parse = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });

// Probe (WeCom style, unknown customers): pressing 新建 created "初步", "完了", "店长反馈不错", "海康威视打"; or no
// customer was offered at all ("百度 通了电话 …" got a list of unrelated customers and 都不是).
describe("an unknown customer heading the note, then a space and what happened", () => {
  it.each([
    ["伊利 上门拜访 初步聊了合作意向 预算大概8万", "伊利"],
    ["格力 拜访完了 对方要我们出个方案 预算15万", "格力"],
    ["海底捞 上门拜访 店长反馈不错 想先试点2家店", "海底捞"],
    ["万科 拜访 物业那边有需求", "万科"],
    ["字节跳动 拜访 见了HR负责人 下周四再聊", "字节跳动"],
    ["百度 通了电话 有采购需求 预算50w", "百度"],
    ["字节 约了周五上午10点视频会", "字节"],
    ["海康威视 来我们公司参观 聊得挺好", "海康威视"],
    ["格力 王总 明天上午10点去拜访", "格力"],
    ["海康威视打电话 要报价 预算30w", "海康威视"],
    ["蒙牛打了个电话 问价格", "蒙牛"],
    ["今天跟联想开了视频会 对方比较关注数据安全", "联想"],
    ["去宁德时代现场看了产线", "宁德时代"],
    ["后天上午去美团现场", "美团"],
    ["上午去了一趟联想集团，见了IT负责人", "联想集团"],
  ])("%s → %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });

  it.each([
    "备注：阿里对接人换成孙经理了",
    "昨儿个打了电话",
    "后儿个再说",
    "客户 通了电话 下周报价",
    "拜访完了 对方要方案",
  ])("no customer named: %s", (text) => {
    expect(parse(text).companyHints).toEqual([]);
  });

  it("a company starting with 完 after 拜访 keeps its name", () => {
    expect(parse("拜访完美世界 聊了合作").companyHints[0]).toBe("完美世界");
  });
});
