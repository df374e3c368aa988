// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";
import { inferWantsQuote } from "./infer-stage.js";
import { parseSentence } from "./parse-sentence.js";
import { SHANGHAI } from "./test-support.js";

/**
 * Probe 8 (160 messages written by a tester before seeing the bot): "Fabrikam renewal at 1.2M, signed this
 * morning" set a follow-up at 13:00 ("at 1" of the figure read as a clock); "Pied Piper ghosted after the
 * demo" logged a meeting held today; "Acme Corp f2f at their HQ, walked the warehouse floor" logged a note;
 * "Globex wants a discount, asking for 70k" took the customer's ask as the deal's new value.
 */
const NOW = new Date("2026-11-25T02:00:00Z");
const parse = (text: string) => parseSentence(text, { now: NOW, timezone: SHANGHAI });

describe("an hour that is the start of a figure is no time", () => {
  it.each([
    "Fabrikam renewal at 1.2M, signed this morning",
    "renewal at 1.5m",
    "budget sits at 1.2M",
    "closed at 2.5k/mo",
    "landed at 3 million",
    "pricing came in at 2 thousand per seat",
    "they're at 4.5% discount",
  ])("%s", (text) => {
    const read = parse(text);
    expect(read.followUp).toBeNull();
    expect(read.occurredAt?.hasTime ?? false).toBe(false);
  });

  it.each([
    ["call at 1.30pm", "at 1.30pm"],
    ["call at 3, budget 1.2M", "at 3"],
    ["meet at 10 tomorrow", "at 10 tomorrow"],
  ])("%s keeps its clock (%s)", (text, said) => {
    expect(parse(text).followUp?.text).toBe(said);
  });
});

describe("an earlier activity the customer went silent after is no activity of today", () => {
  it.each([
    "Pied Piper ghosted after the demo. try one more email tmrw",
    "Pied Piper ghosted after the call",
    "globex went dark after the demo, nudge them next wk",
    "Globex hasn't replied since the demo last week",
    "haven't heard back since the meeting",
    "no word since the call on Monday",
    "演示之后对方就没消息了",
    "上次开会后对方一直没回复",
    "自从上次拜访后就没联系了",
    "演示完之后客户一直没回音",
  ])("%s", (text) => {
    const read = inferActivityIntent(text);
    expect(read.planned ? null : read.activity).toBeNull();
  });

  it.each([
    ["after the demo they asked for pricing", "meeting"],
    ["拜访后对方很满意", "visit"],
    ["开完会后没再聊价格", "meeting"],
    ["上周演示后一直没回音，今天打电话问了一下", "call"],
    ["Pied Piper ghosted after the demo. called again today", "call"],
  ] as const)("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
});

describe("face to face at the customer's place, or walking their floor, is a visit", () => {
  it.each([
    "Acme Corp f2f at their HQ, walked the warehouse floor, they're looking at 40 licenses @ $1,200 each",
    "Globex f2f today, good convo",
    "face to face at Globex's office",
    "walked the plant floor with their ops lead",
    "had an in-person at their office",
  ])("%s", (text) => {
    const read = inferActivityIntent(text);
    expect([read.activity, read.planned]).toEqual(["visit", false]);
  });

  it("a preference for meeting in person is none", () => {
    expect(inferActivityIntent("they prefer f2f").activity).toBeNull();
  });
});

describe("the price a customer asks for in talk of a discount is their position, not the deal's value", () => {
  it.each([
    "Globex wants a discount, asking for 70k",
    "Globex asked for a discount to 70k",
    "they want a discount, hoping to pay 70k",
  ])("%s", (text) => {
    expect(parse(text).amount).toBeNull();
  });

  it.each([
    ["discount approved, they want 70k of seats", 7_000_000],
    ["Globex wants 70k worth of licenses", 7_000_000],
    ["discount agreed, we settled at 72k", 7_200_000],
  ])("%s → %i", (text, minor) => {
    expect(parse(text).amount?.minor).toBe(minor);
  });
});

describe("our own step said with a day is the follow-up, before the customer's deadline", () => {
  it.each([
    ["called Globex, they want the proposal by Fri. will send tmrw", "tmrw"],
    ["they need it by Friday, I'll send it Thursday", "Thursday"],
    ["跟华为通了电话，对方要求周五前给方案，我明天发", "明天"],
    // no step of ours with a day: the deadline
    ["called Globex, they want the proposal by Fri", "Fri"],
  ])("%s → %s", (text, said) => {
    expect(parse(text).followUp?.text).toBe(said);
  });
});

// The follow-up of "sent Globex the revised quote at 95k, f/u Monday" was titled "Send quote to Globex".
describe("a quote already sent or given leaves no quote to send", () => {
  it.each([
    ["顺丰那边报价发过去了 28万 下礼拜二电话跟进", false],
    ["拜访了阿里巴巴，确认了需求，报价45万，月底前给答复", false],
    ["sent Globex the revised quote at 95k, f/u Monday", false],
    ["emailed Initech the pricing sheet, f/u in 10 days", false],
    ["quote went out today", false],
    ["报价单已发给张总", false],
    ["they want a quote", true],
    ["下周二报价", true],
    ["明天报价45万", true],
    ["报价一下", true],
    ["报价两个版本", true],
    ["send Globex the quote tmrw", true],
    ["Vandelay Industries emailed about pricing", true],
    ["Initrode Labs emailed asking for pricing", true],
    ["the quote is out of date", true],
  ])("%s → %s", (text, wants) => {
    expect(inferWantsQuote(text)).toBe(wants);
  });
});
