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
    // probe 21: "网易 新客户 刚加了微信" offered a new customer 刚加了微信
    ["网易 新客户 刚加了微信 约了元旦后见面", "网易"],
    ["网易新客户，刚加了微信", "网易"],
    ["拼多多是新客户，下周约见面", "拼多多"],
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
    // round 2: a name alone heading the note, then anything (probe: a dead-end list of other customers)
    ["安踏 上周去拜访过一次 今天补录 对接人是IT部陈总监 预算50万左右", "安踏"],
    ["华润万家 门店数字化项目 今天第一次电话 对方是信息部王经理", "华润万家"],
    ["网易 这周三去拜访过 对方要先看案例 下周一发", "网易"],
    // an English contact word mixed in (probe 7: "网易 下周一 demo" offered a list of unrelated customers)
    ["网易 下周一 demo", "网易"],
    ["美团 周三 call 一下", "美团"],
    ["大疆 明天 meeting 对方CTO参加", "大疆"],
    ["农夫山泉 方案 已发邮箱 报价15.8w", "农夫山泉"],
    ["东莞市恒达五金制品厂 老板陈总 电话 要报价 预算三万左右", "东莞市恒达五金制品厂"],
    ["中国联通 省公司 来电 询问 政企CRM 方案 下周二回复", "中国联通"],
    ["中国移动 招标文件已经下载 12.18 投标截止", "中国移动"],
    ["阿里那边 张总 说价格还要再降 我们底价35万 明天上午回复他", "阿里"],
  ])("%s → %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });

  it.each([
    "备注：阿里对接人换成孙经理了",
    "昨儿个打了电话",
    "后儿个再说",
    "客户 通了电话 下周报价",
    "拜访完了 对方要方案",
    "好的 下周一去拜访他们",
    "加个提醒 下周三去拜访",
    "紧急 明天要报价",
    "今天 电话 聊了需求",
  ])("no customer named: %s", (text) => {
    expect(parse(text).companyHints).toEqual([]);
  });

  it("a company starting with 完 after 拜访 keeps its name", () => {
    expect(parse("拜访完美世界 聊了合作").companyHints[0]).toBe("完美世界");
  });
});
