// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const NOW = new Date("2026-12-04T07:00:00Z"); // Friday 15:00 in Shanghai

/**
 * "美的集团邮件：周一给反馈" was no activity and "顺丰电话：下周二报价" a call planned for Tuesday: after a colon
 * that follows the activity comes what was said in it, so its dates are the next step, not the activity's.
 * A colon followed only by a day or a reschedule still dates or moves the activity itself.
 */
describe("what was said after 'call:' / '邮件：'", () => {
  it.each([
    ["美的集团邮件：周一给反馈", "email"],
    ["顺丰电话：下周二报价", "call"],
    ["华为电话：明天下午再聊", "call"],
    ["华为会议：确认了需求，下周一出方案", "meeting"],
    ["小米来电：下周三要样品", "call"],
    ["Globex call: they want a quote by Friday", "call"],
    ["Initech meeting: CFO wants pricing next week", "meeting"],
    ["acme email: legal review done, sign monday", "email"],
  ])("%s was held, with a follow-up", (text, kind) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
    expect(parsed.followUp).not.toBeNull();
  });
  it.each([
    ["华为电话：明天下午", "call"],
    ["Globex call: tomorrow 3pm", "call"],
    ["Initech call: next tue", "call"],
    ["Initech mtg: pushed to next wed", "meeting"],
    ["顺丰会议：改到下周一", "meeting"],
  ])("%s is the activity's own day", (text, kind) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
  });
});
