import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");

// A time or a plan that lands in a name slot is not an organisation; real names with 周 or 能 stay.
const cases: [string, string[]][] = [
  ["上午和阿里视频会议，聊了二期，预计明年Q1签", ["阿里"]],
  ["美团采购王经理来电，说下周要来公司参观", ["美团"]],
  ["京东说明天要来公司看演示", ["京东"]],
  ["腾讯那边预计下个月下单", ["腾讯"]],
  ["周大福珠宝来电询价", ["周大福珠宝"]],
  ["跟中国能源公司谈了合作", ["中国能源公司"]],
  ["上周和华为开会", ["华为"]],
  // probe 21: "阿里下下周一…" offered a new customer 阿里下
  ["阿里下下周一上午开评审会 我得过去一趟", ["阿里"]],
  ["蔚来下礼拜来公司", ["蔚来"]],
  ["网易后天来公司", ["网易"]],
  // probe 8: the rep's own state is no organisation
  ["打了一上午陌拜电话，嗓子都哑了", []],
  ["开了一天会，脑子都转不动了", []],
];

describe("Chinese company hints are not times or plans", () => {
  it.each(cases)("%s → %j", (text, companies) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual(companies);
  });
});
