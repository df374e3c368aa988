import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Probe 56: messages dictated before 国庆 (voice-to-text: spaces for commas, fillers).
const now = new Date("2027-09-29T07:00:00Z"); // Wednesday 15:00 in Shanghai
const ZONE = "Asia/Shanghai";
const parse = (text: string, names: string[] = []) => parseSentence(text, { now, timezone: ZONE, names });

describe("a festive greeting names no day to follow up on", () => {
  it.each([
    ["京东 嗯 给王总发了个短信 祝他国庆快乐 顺便提醒一下合同的事", null],
    ["给刘总发了微信，祝他中秋节快乐", null],
    ["texted the Hooli contact Happy Thanksgiving", null],
    ["sent them a merry christmas card", null],
    ["祝中秋节快乐，节后再约", "2027-10-08 09:00"],
    ["国庆快乐！节后再约", "2027-10-08 09:00"],
  ])("%s → %s", (text, stamp) => {
    const parsed = parse(text, ["京东", "Hooli"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE)).toBe(stamp);
  });
});

describe("'时间不变' keeps the clock of the appointment moved", () => {
  it.each([
    ["腾讯 刘总 今天下午三点的会改到明天了 时间不变", "2027-09-30 15:00"],
    ["今天下午三点的会改到明天，时间照旧", "2027-09-30 15:00"],
    ["上午十点的电话会挪到周五 还是原来的时间", "2027-10-01 10:00"],
  ])("%s → %s", (text, stamp) => {
    const parsed = parse(text, ["腾讯"]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE)).toBe(stamp);
  });
});

describe("a voice message sent is a message, a voice call a call", () => {
  it.each([
    ["小米 嗯 刚才给刘总发了条微信语音 他说国庆期间不方便", "note"],
    ["给刘总发了条语音", "note"],
    ["发了段语音给王总", "note"],
    ["跟刘总微信语音聊了半小时", "call"],
    ["打了个微信语音", "call"],
    ["给他留了个语音留言", "call"],
  ])("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
});

describe("in a dictated message, someone of theirs away leaves the rep's own visit standing", () => {
  it.each([
    ["那个那个 阿里巴巴 今天去西溪园区 钱总不在 嗯 跟他助理聊了一下 留了资料", ["阿里巴巴"], "visit"],
    ["美的 嗯 顺德 今天去了 见了周总 聊了聊明年的框架合同", ["美的"], "visit"],
    ["下午去了 他们王总不在 跟助理聊了聊", [], "visit"],
  ])("%s → %s", (text, names, kind) => {
    expect(parse(text, names).activity).toBe(kind);
  });

  it.each([
    ["美的集团的刘经理在上海参加展会，我周五晚上8点给他打电话", "call", true],
    ["小米的李总去德国参加展会了", null, false],
  ])("their trip typed with punctuation is still theirs: %s", (text, kind, planned) => {
    const parsed = parse(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(planned);
  });
});

describe("'今天去了' closing a dictated piece is a visit", () => {
  it.each([
    ["今天去了 没见到人", "visit"],
    ["昨天去了，客户很满意", "visit"],
    ["今天去了解了一下需求", null],
  ])("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
});
