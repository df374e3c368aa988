import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/**
 * A part of day (上午/下午/晚上, morning/afternoon) belongs to the day written next to it,
 * never to another clause: "上午电联了X，下周三下午再跟进" follows up next Wednesday
 * afternoon, not today at 14:00. A bare afternoon is 14:00, a morning 09:00, an evening 19:00.
 */

const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/London", "UTC"];

/** The same local wall time in every zone: 2026-11-25 is a Wednesday, 11-27 a Friday. */
function localInstant(wall: string, timezone: string): Date {
  const guess = new Date(`${wall}:00Z`);
  const shown = new Date(`${localStamp(guess, timezone).replace(" ", "T")}:00Z`);
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime()));
}

function followUp(text: string, now: Date, timezone: string): string | null {
  const d = parseDates(text, { now, timezone }).followUp;
  return d ? localStamp(d.at, timezone) : null;
}

// [message, follow-up seen on Wednesday 10:00, follow-up seen on Friday 16:00]
const CASES: Array<[string, string, string]> = [
  ["上午电联了华为，下周三下午再跟进", "2026-12-02 14:00", "2026-12-02 14:00"],
  ["上午电联了华为,下周三下午再跟进", "2026-12-02 14:00", "2026-12-02 14:00"],
  ["昨天下午拜访了腾讯，下周一上午再电话", "2026-11-30 09:00", "2026-11-30 09:00"],
  ["下午开完会，明早九点发方案", "2026-11-26 09:00", "2026-11-28 09:00"],
  ["早上打过电话了，后天晚上再聊", "2026-11-27 19:00", "2026-11-29 19:00"],
  ["晚上吃饭聊了聊，下周二上午给报价", "2026-12-01 09:00", "2026-12-01 09:00"],
  ["中午和老板吃了饭，明天下午过去签约", "2026-11-26 14:00", "2026-11-28 14:00"],
  ["上午开了会 下周三下午再跟进", "2026-12-02 14:00", "2026-12-02 14:00"],
  ["下周三下午跟进", "2026-12-02 14:00", "2026-12-02 14:00"],
  ["12月3号下午去拜访", "2026-12-03 14:00", "2026-12-03 14:00"],
  ["下个月5号上午签约", "2026-12-05 09:00", "2026-12-05 09:00"],
  ["this morning called Acme, next Wednesday afternoon follow up", "2026-12-02 14:00", "2026-12-02 14:00"],
  ["called them this morning, next Wednesday afternoon follow up", "2026-12-02 14:00", "2026-12-02 14:00"],
  ["called them this morning, follow up Monday afternoon", "2026-11-30 14:00", "2026-11-30 14:00"],
  ["had lunch with the CFO, tomorrow evening follow up", "2026-11-26 19:00", "2026-11-28 19:00"],
  ["met Initech this afternoon, send the proposal tomorrow morning", "2026-11-26 09:00", "2026-11-28 09:00"],
  ["met them in the morning, follow up next Tuesday in the afternoon", "2026-12-01 14:00", "2026-12-01 14:00"],
  ["spoke with them this morning, circle back Monday in the afternoon", "2026-11-30 14:00", "2026-11-30 14:00"],
  ["下周三的下午再跟进", "2026-12-02 14:00", "2026-12-02 14:00"],
  ["昨晚和张总吃饭，后天上午去公司", "2026-11-27 09:00", "2026-11-29 09:00"],
  ["上午去了华为，下个月5号下午签约", "2026-12-05 14:00", "2026-12-05 14:00"],
  // the end of the working day (下班) is 18:00
  ["今天下班前给华为回复报价", "2026-11-25 18:00", "2026-11-27 18:00"],
  ["明天下班之前把合同发过去", "2026-11-26 18:00", "2026-11-28 18:00"],
  ["下周一下班前给答复", "2026-11-30 18:00", "2026-11-30 18:00"],
  ["下班前回个电话给腾讯", "2026-11-25 18:00", "2026-11-27 18:00"],
  // 一 of 一起 / 一下 after a clock is no minute
  ["明天下午两点一起吃饭", "2026-11-26 14:00", "2026-11-28 14:00"],
  ["下周一上午十点一起过一下方案", "2026-11-30 10:00", "2026-11-30 10:00"],
  ["明天三点一起开会", "2026-11-26 15:00", "2026-11-28 15:00"],
];

describe.each(ZONES)("a part of day binds to its own day (%s)", (timezone) => {
  const wednesday = localInstant("2026-11-25T10:00", timezone);
  const friday = localInstant("2026-11-27T16:00", timezone);
  it.each(CASES)("%s", (text, fromWednesday, fromFriday) => {
    expect(followUp(text, wednesday, timezone)).toBe(fromWednesday);
    expect(followUp(text, friday, timezone)).toBe(fromFriday);
  });

  it("a bare afternoon in a plan is still today", () => {
    expect(followUp("下午再打电话", wednesday, timezone)).toBe("2026-11-25 14:00");
    expect(followUp("call them back this afternoon", wednesday, timezone)).toBe("2026-11-25 14:00");
  });

  it("the reported morning is when the activity happened", () => {
    const r = parseDates("昨天下午拜访了腾讯，下周一上午再电话", { now: friday, timezone });
    expect(r.occurredAt && localStamp(r.occurredAt.at, timezone)).toBe("2026-11-26 14:00");
  });
});

describe.each(ZONES)("a greeting names no part of day (%s)", (timezone) => {
  const wednesday = localInstant("2026-11-25T10:00", timezone);
  it.each([
    ["Good morning! called Acme about the renewal", []],
    ["good afternoon team, Globex signed", []],
    ["Good evening, quick update on Initech", []],
    ["早上好，刚拜访了华为", []],
    ["下午好，明天给腾讯发报价", ["明天"]],
    ["晚上好，今天跟阿里通了电话", ["今天"]],
    ["上午好，客户说下周再谈", ["下周"]],
  ])("%s", (text, want) => {
    expect(parseDates(text, { now: wednesday, timezone }).dates.map((d) => d.text)).toEqual(want);
  });

  it.each([
    ["下午好好准备方案", "下午"],
    ["上午好像没空", "上午"],
    ["see you this morning", "this morning"],
  ])("%s keeps its part of day", (text, want) => {
    expect(parseDates(text, { now: wednesday, timezone }).dates.map((d) => d.text)).toEqual([want]);
  });
});
