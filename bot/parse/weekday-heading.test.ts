import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp, shiftDay } from "./test-support.js";

/**
 * A weekday heading a note ("周三：…", "Wed:", "Tue -") written later in the week dates what the note
 * reports: the activity was held on that day, and only the note's own next step is a follow-up.
 * [text, heading weekday (0 = Sunday), kind, follow-up weekday (the coming one) or null]
 */
const GONE: [string, number, string, number | null][] = [
  ["周三：和腾讯开会，确认了需求", 3, "meeting", null],
  ["周三：拜访顺丰，下周一报价", 3, "visit", 1],
  ["周二：给小米打电话，对方说预算没批", 2, "call", null],
  ["周一：拜访比亚迪；演示了新产品", 1, "visit", null],
  ["星期二：和京东吃饭，聊得不错", 2, "meeting", null],
  ["周二 - 华为来电，问交付周期", 2, "call", null],
  ["Wed: met Pied Piper", 3, "meeting", null],
  ["wed - call w globex, they liked the demo", 3, "call", null],
  ["Tue: Initech call, f/u Mon", 2, "call", 1],
  ["Wed: demo w acme, went well", 3, "meeting", null],
  ["Monday: visited Contoso, f/u Wednesday", 1, "visit", 3],
  ["- Tue: lunch w northwind, they liked the proposal", 2, "meeting", null],
  ["Thu: call w dunder mifflin, they want 40 more seats, f/u Wed", 4, "call", 3],
];

/** Headings of a day still ahead, or with no tense at the weekend, are the plan's day. [text, weekday, kind] */
const AHEAD: [string, number, string][] = [
  // at the weekend a heading with no tense plans the coming week (checked on Sunday below)
  ["周三：拜访顺丰", 3, "visit"],
  ["周四：和腾讯开会", 4, "meeting"],
  ["Thu: demo for Initech", 4, "meeting"],
  ["Wed - call globex re pricing", 3, "call"],
];

const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/Berlin"];
/** A Thursday and a Friday afternoon (every heading above is gone), a Monday morning (every one ahead). */
const LATE_IN_WEEK = ["2026-12-04T15:00", "2027-01-07T14:00"];
const MONDAY = "2026-12-07T09:30";
const SUNDAY = "2026-12-06T20:00";

describe.each(ZONES)("weekday headings in %s", (zone) => {
  describe.each(LATE_IN_WEEK)("written %s", (local) => {
    const now = instantAt(local, zone);
    const today = local.slice(0, 10);
    const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    it.each(GONE)("%s is held that day", (text, weekday, kind, followUp) => {
      const parsed = parseSentence(text, { now, timezone: zone });
      expect(parsed.activity).toBe(kind);
      expect(parsed.planned).toBe(false);
      expect(parsed.occurredAt && localStamp(parsed.occurredAt.at, zone).slice(0, 10)).toBe(shiftDay(today, -(todayWeekday - weekday)));
      const due = followUp === null ? null : shiftDay(today, (followUp - todayWeekday + 7) % 7 || 7);
      expect(parsed.followUp && localStamp(parsed.followUp.at, zone).slice(0, 10)).toBe(due);
    });
  });
  describe.each([MONDAY, SUNDAY])("written %s", (local) => {
    const now = instantAt(local, zone);
    it.each(AHEAD)("%s is planned", (text, weekday, kind) => {
      const parsed = parseSentence(text, { now, timezone: zone });
      expect(parsed.activity).toBe(kind);
      expect(parsed.followUp && localStamp(parsed.followUp.at, zone).slice(0, 10)).toBe(shiftDay("2026-12-07", weekday - 1));
    });
  });
});
