import { describe, expect, it } from "vitest";
import { detectCountQuestion, detectDealCountQuestion } from "./detect-count-question.js";

describe("questions that count logged activities", () => {
  it.each([
    ["how many calls did I make this week?", "call", "week", false, ""],
    ["How many calls have I logged today", "call", "today", false, ""],
    ["how many meetings did we have with Globex last month?", "meeting", "last-month", true, "Globex"],
    ["how many visits this quarter?", "visit", "quarter", false, ""],
    ["how many emails did I send to Acme Corp this year", "email", "year", false, "Acme Corp"],
    ["how many activities did our team log yesterday?", null, "yesterday", true, ""],
    ["how many times did I call Umbrella Corp?", "call", null, false, "Umbrella Corp"],
    ["how many demos did we do last week", "meeting", "last-week", true, ""],
    ["这个月拜访了几次华为", "visit", "month", false, "华为"],
    ["这周打了几个电话？", "call", "week", false, ""],
    ["我本周打了多少通电话", "call", "week", false, ""],
    ["我们团队本月一共见了多少次客户", "meeting", "month", true, ""],
    ["上周跟进了几次腾讯？", null, "last-week", false, "腾讯"],
    ["今年给Acme Corp发了多少封邮件", "email", "year", false, "Acme Corp"],
    ["今天开了几个会？", "meeting", "today", false, ""],
    ["上个月一共拜访了多少家客户", "visit", "last-month", false, ""],
    ["本季度大家打了多少个电话", "call", "quarter", true, ""],
    ["昨天跟小米科技通了几次电话", "call", "yesterday", false, "小米科技"],
  ])("%s", (text, kind, period, team, rest) => {
    expect(detectCountQuestion(text)).toEqual({ kind, period, team, rest });
  });

  it.each([
    ["11月拜访了几次华为", "visit", 11, "华为"],
    ["十二月打了多少个电话", "call", 12, ""],
    ["how many visits to Acme in November?", "visit", 11, "Acme"],
    ["how many calls did I make in Sept", "call", 9, ""],
  ])("a named month: %s", (text, kind, month, rest) => {
    expect(detectCountQuestion(text)).toEqual({ kind, period: "named-month", month, team: false, rest });
  });
});

describe("what was done, asked as a recap", () => {
  it.each([
    ["what did I do today?", "today", false],
    ["What have I done this week", "week", false],
    ["what did we log yesterday?", "yesterday", true],
    ["what did the team work on last week?", "last-week", true],
    ["我今天做了什么", "today", false],
    ["今天都干了啥？", "today", false],
    ["我们这周跟进了哪些客户", "week", true],
    ["本月的跟进记录", "month", false],
    ["我今天的工作", "today", false],
    ["what did I do?", null, false],
  ])("%s", (text, period, team) => {
    expect(detectCountQuestion(text)).toEqual({ kind: null, period, team, rest: "" });
  });

  it.each([
    ["我本周的拜访记录", "visit", "week"],
    ["我今天的通话记录", "call", "today"],
    ["本月的会议记录", "meeting", "month"],
  ])("%s is the recap of one kind", (text, kind, period) => {
    expect(detectCountQuestion(text)).toEqual({ kind, period, team: false, rest: "" });
  });
});

describe("not a count of activities", () => {
  it.each([
    "跟华为聊了几次，都没结果",
    "打了几个电话给腾讯，都没人接",
    "how many deals are open?",
    "how many seats do they need?",
    "made a number of calls to Acme",
    "called Acme three times, no answer",
    "华为要几个报价方案",
    "拜访了华为，他们问要几台服务器，明天报价",
    "小米有多少个联系人",
    "what did Acme say about pricing?",
    "华为今天做了什么决定",
    "客户问我们做了哪些项目",
  ])("%s", (text) => {
    expect(detectCountQuestion(text)).toBeNull();
  });
});

describe("questions that count deals won, lost or opened", () => {
  it.each([
    ["这个月赢了几单", "won", "month", false],
    ["签了几单？", "won", null, false],
    ["我们团队上个月成交了多少单", "won", "last-month", true],
    ["本季度丢了几个单子", "lost", "quarter", false],
    ["这周新增了多少商机", "new", "week", false],
    ["how many deals did I close this month", "won", "month", false],
    ["how many deals did we win last month?", "won", "last-month", true],
    ["how many deals have I lost this year", "lost", "year", false],
    ["how many new deals this week?", "new", "week", false],
    // "哪些" asks for the list the count answer gives
    ["本月赢单了哪些", "won", "month", false],
    ["这个月签了哪些单", "won", "month", false],
  ])("%s", (text, outcome, period, team) => {
    expect(detectDealCountQuestion(text)).toEqual({ outcome, period, team });
  });

  it.each(["华为签了，金额86万", "华为要几个报价方案", "how many deals are open?", "how many calls did I make this week?", "跟腾讯签了几个补充协议，都已盖章"])(
    "not: %s",
    (text) => {
      expect(detectDealCountQuestion(text)).toBeNull();
    },
  );
});
