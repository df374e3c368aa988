// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const TUESDAY = new Date("2026-12-15T10:20:00Z"); // Tuesday 18:20 in Shanghai
const NAMES = ["比亚迪", "华为", "小米", "美的", "京东", "顺丰"];
const read = (text: string) => parseSentence(text, { now: TUESDAY, timezone: "Asia/Shanghai", names: NAMES });
const stamp = (d: { at: Date } | null) => d && localStamp(d.at, "Asia/Shanghai");

/** Probe: each was logged as held (one dated last Friday, with no follow-up). */
describe("the customer's appointment named as a noun, with a day ahead or moved to one, is a plan", () => {
  it.each([
    ["跟比亚迪的电话会 改成明天下午4点", "call", "2026-12-16 16:00"],
    ["华为的技术交流会 明天下午 2点到5点", "meeting", "2026-12-16 14:00"],
    ["小米的拜访 推迟到下周一", "visit", "2026-12-21 09:00"],
    ["美的的会议 下周二上午10点", "meeting", "2026-12-22 10:00"],
    ["京东周五的拜访 改成周四了", "visit", "2026-12-17 09:00"],
    // probe 15: "下下周三 阿里季度回顾会" named no activity
    ["下下周三 华为季度回顾会", "meeting", "2026-12-30 09:00"],
    ["小米的项目启动会定在下周一", "meeting", "2026-12-21 09:00"],
    ["周四下午 美的年度复盘会", "meeting", "2026-12-17 14:00"],
    // probe 22: a terse note ending in 视频 (a video call)
    ["华为 下周三 下午 视频", "meeting", "2026-12-23 14:00"],
    // found talking to the bot: 跟…视频 (a video call with them) was a note
    ["下周一上午10点跟顺丰的周总视频，聊一下年框", "meeting", "2026-12-21 10:00"],
  ])("%s → %s planned %s", (text, kind, due) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
    expect(stamp(parsed.followUp)).toBe(due);
  });
});

/** Probe: "京东 今天 电话 报价 26万 下周四前回复" was a call planned, not the call made today. */
describe("今天 right before the activity, a later day for what comes next: the activity was today's", () => {
  it.each([
    ["京东 今天 电话 报价 26万 下周四前回复", "call", "2026-12-24 09:00"],
    ["京东 今天 拜访 下周三前报价", "visit", "2026-12-23 09:00"],
    ["比亚迪 今天 电话 下周一再联系", "call", "2026-12-21 09:00"],
  ])("%s → %s held, follow-up %s", (text, kind, due) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
    expect(stamp(parsed.followUp)).toBe(due);
  });

  it("a plan said with 要 stays a plan", () => {
    expect(read("今天要拜访京东 下周一报价").planned).toBe(true);
  });
});

// Probe 20: "过两天去趟美的" logged a visit held today: 过 before a span of time is "in", not the past marker.
describe("过两天 / 过几天: a time ahead", () => {
  it.each([
    ["过两天去趟美的", "visit", "2026-12-17 09:00"],
    ["过几天去拜访华为", "visit", "2026-12-18 09:00"],
    ["过一周跟小米开会", "meeting", "2026-12-22 09:00"],
  ])("%s → %s planned %s", (text, kind, due) => {
    const parsed = read(text);
    expect([parsed.activity, parsed.planned, stamp(parsed.followUp)]).toEqual([kind, true, due]);
  });

  it.each(["上周去过美的，聊了需求", "昨天跟华为开过会了"])("a 过 of the past still reports: %s", (text) => {
    expect(read(text).planned).toBe(false);
  });
});
