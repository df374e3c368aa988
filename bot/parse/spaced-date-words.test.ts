import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { joinSpacedDateWords } from "./spaced-date-words.js";
import { localStamp, SHANGHAI } from "./test-support.js";

describe("spaces typed inside a Chinese date word are dropped", () => {
  it.each([
    ["华为 下 周 五 开会", "华为 下周五 开会"],
    ["12 月 中旬 签约", "12月中旬 签约"],
    ["下 个 月 15 号 拜访顺丰", "下个月15号 拜访顺丰"],
    ["腾讯 5 月 底前 报价", "腾讯 5月底前 报价"],
    ["周 一 下午 3 点 开会", "周一 下午3点 开会"],
    ["顺丰 明 天 拜访", "顺丰 明天 拜访"],
    ["上 周 三 去了 华为", "上周三 去了 华为"],
    ["小米 3 个 月 后 再 联系", "小米 3个月后 再 联系"],
    ["阿里巴巴 两 周 后 回复", "阿里巴巴 两周后 回复"],
    ["华为 今年 1 月 签 的 合同", "华为 今年1月 签 的 合同"],
  ])("%s", (text, joined) => {
    expect(joinSpacedDateWords(text)).toBe(joined);
  });

  it.each([
    "京东 1 号 楼 5 层",
    "华为 A栋 3 号 楼",
    "今天去了京东 下周再去一次",
    "华为 3 个 人 来访",
    "预算 5 万",
    "跟华为 下 次 再聊",
    "价格 1 点 5 折",
    "拜访了 3 家 客户",
    "下午 开会",
    "called Globex 3 pm",
  ])("%s stays as typed", (text) => {
    expect(joinSpacedDateWords(text)).toBe(text);
  });
});

describe("the whole sentence reads the date", () => {
  // Wednesday 2026-11-25 10:00 in Shanghai
  const now = new Date("2026-11-25T02:00:00Z");
  it.each([
    ["华为 下 周 五 开会", "2026-12-04 09:00"],
    ["下 个 月 15 号 拜访顺丰", "2026-12-15 09:00"],
    ["周 一 下午 3 点 跟小米开会", "2026-11-30 15:00"],
    ["12 月 中旬 跟腾讯签约", "2026-12-15 09:00"],
    // a building number is no day (the review found the visit set on 1 January)
    ["京东 1 号 楼 5 层 明天 上午 拜访", "2026-11-26 09:00"],
    ["京东 1号 楼 明天上午拜访", "2026-11-26 09:00"],
    ["5号会议室开会，明天下午3点", "2026-11-26 15:00"],
  ])("%s → follow-up %s", (text, due) => {
    const parsed = parseSentence(text, { now, timezone: SHANGHAI });
    expect(parsed.followUp && localStamp(parsed.followUp.at, SHANGHAI)).toBe(due);
    expect(parsed.occurredAt).toBeNull();
  });
});
