import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/**
 * "asap" / 尽快 asks for a follow-up an hour from now (in the evening or at night, 09:00 the next morning); words that
 * tell how fast something happened do not.
 */
const ASAP: [string, boolean][] = [
  ["Acme Corp is considering a competitor, schedule an exec call asap", true],
  ["call Globex ASAP", true],
  ["Called Globex, they want the quote as soon as possible", true],
  ["尽快给华为回复", true],
  ["给华为打了电话，他们要求尽快报价", true],
  ["腾讯希望尽早拿到方案", true],
  // asap is the next step, ahead of a date that is only background
  ["跟华为通了电话，他们要下个月才有预算，尽快发方案", true],
  ["Called Globex, budget opens next quarter, send the deck asap", true],
  ["they signed immediately", false],
  ["马上就签了", false],
  ["Called Acme, they replied right away", false],
  // probe 10: asked for fast and already done
  ["just got off a teams call with Globex, they need the security whitepaper ASAP, sent it right after", false],
  ["客户要求尽快发资料，已经发过去了", false],
];

const ZONES = ["Asia/Shanghai", "America/New_York"];
const NOW = new Date("2026-11-25T02:00:00Z");

describe.each(ZONES)("as soon as possible in %s", (timezone) => {
  it.each(ASAP)("%s", (text, asap) => {
    const parsed = parseSentence(text, { now: NOW, timezone });
    // (10:00 in Shanghai: an hour on; 21:00 the evening before in New York: the next morning)
    if (asap) expect(localStamp(parsed.followUp!.at, timezone)).toBe(timezone === "Asia/Shanghai" ? "2026-11-25 11:00" : "2026-11-25 09:00");
    else expect(parsed.followUp).toBeNull();
  });

  it.each([
    ["call Globex ASAP", "call"],
    ["尽快给华为打电话", "call"],
  ])("%s is a plan, not a call made", (text, kind) => {
    const parsed = parseSentence(text, { now: NOW, timezone });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
  });
});

/** "没人接，晚点再打": later the same day, two hours on; a delay (晚点了) or some other day (回头, 改天) is no time. */
const LATER: [string, boolean][] = [
  ["给腾讯打电话没人接，晚点再打", true],
  ["华为电话占线，等会儿再打", true],
  ["小米的王总在开会，待会回电话", true],
  ["京东说稍后确认", true],
  ["called Globex, no answer, will try again later today", true],
  ["腾讯的货晚点了，客户不高兴", false],
  ["回头再跟华为聊", false],
  ["改天再约腾讯", false],
];

describe("later today is a plan, not a call made", () => {
  it.each(["等会儿给周工回个电话", "晚点给华为打电话", "过一会儿给腾讯回电话"])("%s", (text) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect([parsed.activity, parsed.planned]).toEqual(["call", true]);
  });
});

describe.each(ZONES)("later today in %s", (timezone) => {
  it.each(LATER)("%s", (text, later) => {
    const parsed = parseSentence(text, { now: NOW, timezone });
    if (later) expect(parsed.followUp?.at.getTime()).toBe(NOW.getTime() + 2 * 3_600_000);
    else expect(parsed.followUp).toBeNull();
  });
});

/** Several steps ahead: the first task is the next follow-up; a date that is only background still is not. */
describe.each(ZONES)("the next step among several in %s", (timezone) => {
  const local = (text: string) => {
    const at = parseSentence(text, { now: NOW, timezone }).followUp?.at;
    return at?.toLocaleString("sv-SE", { timeZone: timezone }).slice(0, 10);
  };
  const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toLocaleString("sv-SE", { timeZone: timezone }).slice(0, 10);
  it.each([
    ["明天先发方案，下周再约", 1],
    ["拜访了华为，明天发方案，下周三再跟进", 1],
    ["后天先打电话确认，下周再去拜访", 2],
  ])("%s: the first task", (text, offset) => {
    expect(local(text)).toBe(day(offset));
  });
  it("华为今天发来邮件，要求周五前报价: mail that came in today is no task of today", () => {
    expect(local("华为今天发来邮件，要求周五前报价")).toBe("2026-11-27");
  });
  it("跟华为通了电话，他们下个月才有预算，下周再跟进: the follow-up, not the background month", () => {
    expect(local("跟华为通了电话，他们下个月才有预算，下周再跟进")).toBe("2026-11-30");
  });
});

/** A year named as a topic ("聊了明年的合作") sets no follow-up; "明年再说" still does. */
describe("a year as what was talked about", () => {
  const follow = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" }).followUp?.text ?? null;
  it.each([
    ["昨天晚上和阿里巴巴的张总吃饭，聊了明年的合作", null],
    ["明年的预算还没定，下周再聊", "下周"],
    ["明年再说", "明年"],
    ["聊了明年的计划，明年三月再约", "明年三月"],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });
});

// "pied piper call later today at 3" followed up at 06:00 (two hours on): the clock said is the time.
describe("later today with its clock", () => {
  const friday4am = new Date("2026-12-11T09:00:00Z"); // 04:00 in New York
  it.each([
    ["pied piper call later today at 3", "2026-12-11 15:00"],
    ["call them back later today", "2026-12-11 06:00"],
    ["mtg w/ acme corp later today @ 1pm", "2026-12-11 13:00"],
    ["call back later today around 4pm", "2026-12-11 16:00"],
    // a bare hour already gone is the evening's; noon is 12:00
    ["call Initech later today @ 3", "2026-12-11 15:00"],
    ["call Initech later today @ 3:30", "2026-12-11 15:30"],
    ["call globex later today @ noon", "2026-12-11 12:00"],
  ])("%s → %s", (text, due) => {
    const parsed = parseDates(text, { now: friday4am, timezone: "America/New_York" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "America/New_York")).toBe(due);
  });
});

/**
 * Probe 15: "…想尽快换，…，所以我打算明天一早给他们回个电话" followed up an hour from now: the customer's hurry is not our
 * step; the rep's own step said after it is. An "as soon as possible" of our own, or one followed by someone else's
 * date, still is the next step.
 */
describe.each(ZONES)("the rep's own step after someone's hurry in %s", (timezone) => {
  const day = (text: string) => parseSentence(text, { now: NOW, timezone }).followUp?.at.toLocaleString("sv-SE", { timeZone: timezone }).slice(0, 10);
  const inDays = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toLocaleString("sv-SE", { timeZone: timezone }).slice(0, 10);
  it.each([
    ["比亚迪采购来电，想尽快换，后来跟老板汇报了，所以我打算明天一早给他们回个电话", 1],
    ["客户希望尽快上线，我们后天上门再谈", 2],
    ["they need pricing asap, we'll send it in 3 days", 3],
    ["Globex wants to start asap, I'll call them tomorrow", 1],
    ["尽快发方案，下周三前要定", 0],
    ["need to send the deck asap, they decide in 5 days", 0],
  ] as const)("%s", (text, offset) => {
    // (asap itself, offset 0, is the next morning at 21:00 in New York)
    expect(day(text)).toBe(inDays(offset === 0 && timezone === "America/New_York" ? 1 : offset));
  });
});

// Probe 26: "need to find a new sponsor asap" typed at 19:50 was followed up at 20:50.
describe("as soon as possible said in the evening or at night is the next morning", () => {
  it.each([
    ["2027-03-11T11:50:00Z", "2027-03-12 09:00"], // 19:50 in Shanghai
    ["2027-03-11T15:30:00Z", "2027-03-12 09:00"], // 23:30
    ["2027-03-10T22:30:00Z", "2027-03-11 09:00"], // 06:30
    ["2027-03-11T10:30:00Z", "2027-03-11 19:30"], // 18:30: an hour on is still the working evening
  ])("at %s → %s", (now, due) => {
    const parsed = parseSentence("need to find a new sponsor asap", { now: new Date(now), timezone: "Asia/Shanghai" });
    expect(localStamp(parsed.followUp!.at, "Asia/Shanghai")).toBe(due);
  });
});
