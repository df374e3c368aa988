// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivity } from "./infer-activity.js";
import { parseSentence } from "./parse-sentence.js";

/** Probe (Chinese reps): kinds that were a note. */
describe("what each message reports", () => {
  it.each([
    ["华为的王经理发邮件过来说要调整配置，周三前重新报价", "email"],
    ["华为发邮件过来说要重新报价", "email"],
    ["Contoso的proposal已经send出去了，total 3万美金", "email"],
    ["腾讯 报价85万 已发 等回复", "email"],
    ["比亚迪 报价60万 已发 等回复", "email"],
    ["刚跟顺丰的陈经理语音了十分钟", "call"],
    ["跟顺丰的陈经理语音了一下", "call"],
    ["周末跟腾讯的马总打了场球，聊了明年的预算，大概200万", "meeting"],
  ])("%s → %s", (text, kind) => {
    expect(inferActivity(text)).toBe(kind);
  });
  it.each(["报价还没发", "语音的事明天再说"])("%s is no email or call held", (text) => {
    expect(["email", "call"]).not.toContain(inferActivity(text) ?? "none");
  });
});

/** Probe: "周日 跟 比亚迪 的人 吃了 饭", "昨天 跟 京东 开了 会" (every word spaced) were notes. */
describe("a verb and its object typed apart are still the activity", () => {
  it.each([
    ["周日 跟 比亚迪 的人 吃了 饭", "meeting"],
    ["昨天 跟 京东 开了 会", "meeting"],
    ["上午 给 小米 打了 电话", "call"],
    ["和华为 见了 面 聊得不错", "meeting"],
  ])("%s → %s", (text, kind) => {
    const parsed = parseSentence(text, { now: new Date("2026-12-14T01:10:00Z"), timezone: "Asia/Shanghai" });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
  });
});

// Probe: "腾讯 电活 跟李总聊了", "美的 拜仿 采购部 张经理" logged notes: the pinyin typing slips for 电话 and 拜访 are
// no words of their own, so they are read as meant.
describe("typing slips of 电话 and 拜访", () => {
  it.each([
    ["腾讯 电活 跟李总聊了 下周二约了上门", "call"],
    ["美的 拜仿 采购部 张经理 聊得不错", "visit"],
  ])("%s → %s", (text, kind) => {
    expect(inferActivity(text)).toBe(kind);
  });
});
