import { describe, expect, it } from "vitest";
import { firstMessageLanguage, messageLanguage } from "./detect-locale.js";

// Text with no language of its own must not be read as English (issue 14, language leaks).
const NO_SIGNAL = [
  "1",
  "2",
  " 3 ",
  "10",
  "ok",
  "OK",
  "Ok",
  "okay",
  "IBM",
  "SAP",
  "Acme",
  "Acme Corp",
  "Acme Robotics",
  "#12",
  "D-12",
  "#3 ok",
  "👍",
  "👌🏻",
  "🙏",
  "?",
  "？",
  "...",
  "+1",
  "200000",
  "1,200,000",
  "50k",
  "yes",
  "no",
  "thanks",
  "hi",
  "CRM",
  "Globex Inc",
  "IBM 👍",
  "https://x.co",
  "Q3",
  "v2",
  "PO-2031",
];
const ENGLISH = [
  "called Acme",
  "Called Acme today",
  "met IBM, they want a quote",
  "follow up next week",
  "show deal 12",
  "left a voicemail",
  "what is the status of Globex?",
  "budget review friday",
  "lunch with Bob",
  "send proposal tomorrow",
  "IBM asked for a demo",
  "they're interested",
  "no budget this year",
  "ok, call them tomorrow",
  "help",
  "deal list",
];
const CHINESE = ["好", "好的", "1个", "IBM来电", "拜访了Acme", "👍收到", "#12 赢单", "ok 明天再说", "撤销", "规则 列表", "跟进IBM"];

describe("messageLanguage", () => {
  it.each(NO_SIGNAL)("%j has no language signal", (text) => expect(messageLanguage(text)).toBeNull());
  it.each(ENGLISH)("%j is English", (text) => expect(messageLanguage(text)).toBe("en"));
  it.each(CHINESE)("%j is Chinese", (text) => expect(messageLanguage(text)).toBe("zh"));
});

// English prose around Chinese names keeps the user's language; for a new user it is English.
const ENGLISH_AROUND_CHINESE_NAMES = [
  "called 宁德时代 back, they want a demo",
  "met 张总 at 华为 today",
  "lunch with 王经理 from 比亚迪, budget is around 200k",
  "emailed the proposal to 小米科技",
  "follow up with 李工 next week",
];
// Chinese with borrowed English words stays Chinese.
const CHINESE_WITH_ENGLISH_WORDS = [
  "今天和Acme的CTO开了个meeting，他们想要demo",
  "跟进一下Globex的quote, 下周再follow up一下看看",
  "给Acme Corp发了proposal",
  "跟Acme Corp通了电话，下周二报价",
];

describe("a message that mixes the two languages", () => {
  it.each(ENGLISH_AROUND_CHINESE_NAMES)("%j leaves a known user's language alone", (text) => expect(messageLanguage(text)).toBeNull());
  it.each(ENGLISH_AROUND_CHINESE_NAMES)("%j sets English for a new user", (text) => expect(firstMessageLanguage(text)).toBe("en"));
  it.each(CHINESE_WITH_ENGLISH_WORDS)("%j is Chinese", (text) => {
    expect(messageLanguage(text)).toBe("zh");
    expect(firstMessageLanguage(text)).toBe("zh");
  });
});

describe("firstMessageLanguage (a user seen for the first time)", () => {
  it.each(["hello", "hi", "hi there", "ok", ...ENGLISH])("%j sets English", (text) => expect(firstMessageLanguage(text)).toBe("en"));
  it.each(["1", "IBM", "#12", "👍", "200000", "SAP CRM"])("%j sets nothing (the default stays)", (text) => expect(firstMessageLanguage(text)).toBeNull());
  it.each(CHINESE)("%j sets Chinese", (text) => expect(firstMessageLanguage(text)).toBe("zh"));
});
