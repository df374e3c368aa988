import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp, shiftDay } from "./test-support.js";

/**
 * A bare weekday in a clause that reports something done is the latest such day (today
 * included); in a plan it is the coming one. [text, weekday (0 = Sunday), report?]
 */
const CASES: [string, number, boolean][] = [
  ["周一拜访了比亚迪", 1, true],
  ["周四上午拜访了比亚迪，对方对价格有异议", 4, true],
  ["周五给华为打了电话", 5, true],
  ["星期二和腾讯开了会", 2, true],
  ["礼拜六请小米的人吃了饭", 6, true],
  ["周日已经把报价发给阿里了", 0, true],
  ["Called Globex on Monday, they want a quote", 1, true],
  ["met Acme Tuesday", 2, true],
  ["Visited Initech on Thursday afternoon", 4, true],
  ["Spoke with Hooli Friday about the renewal", 5, true],
  ["约了周五拜访华为", 5, false],
  ["周四上午拜访比亚迪", 4, false],
  ["周二给腾讯打电话", 2, false],
  ["Called Globex, follow up Monday", 1, false],
  ["meeting with Acme on Thursday", 4, false],
  ["will call Stark Friday", 5, false],
];

const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/Berlin"];
// A Wednesday, a Monday and a Sunday, in the afternoon so "上午" and "morning" of today are past.
const LOCAL_NOWS = ["2026-11-25T15:00", "2026-11-30T15:00", "2027-01-03T15:00"];

describe.each(ZONES)("bare weekdays in %s", (zone) => {
  describe.each(LOCAL_NOWS)("at %s", (local) => {
    const now = instantAt(local, zone);
    const today = local.slice(0, 10);
    const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    it.each(CASES)("%s", (text, weekday, report) => {
      const parsed = parseSentence(text, { now, timezone: zone });
      if (report) {
        const back = (todayWeekday - weekday + 7) % 7;
        expect(parsed.occurredAt && localStamp(parsed.occurredAt.at, zone).slice(0, 10)).toBe(shiftDay(today, -back));
        expect(parsed.followUp).toBeNull();
      } else {
        const ahead = (weekday - todayWeekday + 7) % 7 || 7;
        expect(parsed.followUp && localStamp(parsed.followUp.at, zone).slice(0, 10)).toBe(shiftDay(today, ahead));
      }
    });
  });
});
