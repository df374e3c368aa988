import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp, shiftDay } from "./test-support.js";

/**
 * A bare weekday in a clause without a tense of its own: when the next clause tells what came of it (or it was
 * received), a day already gone this week (today included) is the day it happened; otherwise, and for a day
 * still ahead this week, it is the coming one. [text, weekday (0 = Sunday), told?]
 */
const CASES: [string, number, boolean][] = [
  ["比亚迪周四来我们公司参观，顺便做了个产品演示", 4, true],
  ["周三跟小米的陈总电话，他说还在比价", 3, true],
  ["周二和腾讯视频，客户反馈不错", 2, true],
  ["周一去顺丰现场，对方确认了需求", 1, true],
  ["京东周二来公司交流，王总说预算没问题", 2, true],
  ["周四收到京东的邮件", 4, true],
  ["周一接到美的的电话", 1, true],
  ["coffee with Northwind's new VP on Tues, went ok", 2, true],
  ["Globex call Thursday: they confirmed 80k is fine", 4, true],
  ["lunch with Initech Monday, they said budget is approved", 1, true],
  ["call w/ Contoso on Wed - they liked the demo", 3, true],
  ["demo for Fabrikam on Tuesday, it went really well", 2, true],
  ["周四来我们公司参观，到时候做个演示", 4, false],
  ["约了周三跟小米电话，他说那天有空", 3, false],
  ["周五给华为发报价，他们已经在等了", 5, false],
  ["周二和腾讯视频", 2, false],
  ["meeting with Acme on Thursday, will bring the deck", 4, false],
  ["call Globex Friday, they asked for the quote", 5, false],
  ["lunch with Initech Monday", 1, false],
  ["周一拜访华为，下周再报价", 1, false],
];

const ZONES = ["Asia/Shanghai", "America/New_York"];
// A Saturday, a Friday, a Sunday and a Wednesday, in the afternoon.
const LOCAL_NOWS = ["2026-12-12T11:00", "2026-12-11T15:00", "2026-12-13T20:00", "2026-12-09T15:00"];

const mondayIndex = (d: number) => (d + 6) % 7;

describe.each(ZONES)("a weekday told with what came of it, in %s", (zone) => {
  describe.each(LOCAL_NOWS)("at %s", (local) => {
    const now = instantAt(local, zone);
    const today = local.slice(0, 10);
    const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    it.each(CASES)("%s", (text, weekday, told) => {
      const parsed = parseSentence(text, { now, timezone: zone });
      if (told && mondayIndex(weekday) <= mondayIndex(todayWeekday)) {
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
