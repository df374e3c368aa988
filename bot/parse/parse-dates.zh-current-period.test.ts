import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, show, wallDate, weekday } from "./date-test-oracle.js";

/** The period we are in reads as its first day; as a next step it is never in the past. */
describe.each(REFERENCES)("the current week, month and year ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  const monday = plusDays(today, -((weekday(today) + 6) % 7));
  const day = (text: string) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    return d ? show(wallDate(d.at, timezone)) : null;
  };

  it.each(["这周", "本周", "这一周", "这个星期", "這禮拜", "今個星期", "本礼拜"])("%s starts on Monday", (text) => {
    expect(day(text)).toBe(show(monday));
  });

  it.each(["本月", "这个月", "今個月", "这一个月"])("%s starts on the 1st", (text) => {
    expect(day(text)).toBe(show({ ...today, day: 1 }));
  });

  it.each(["今年", "本年度", "这一年"])("%s starts on 1 January", (text) => {
    expect(day(text)).toBe(show({ year: today.year, month: 1, day: 1 }));
  });

  it.each([
    ["上年", -1],
    ["下年", 1],
  ])("%s starts on 1 January of that year", (text, delta) => {
    expect(day(text)).toBe(show({ year: today.year + delta, month: 1, day: 1 }));
  });

  it.each([
    ["今個星期三", 2],
    ["今个礼拜五", 4],
  ])("%s is that day of this week", (text, offset) => {
    expect(day(text)).toBe(show(plusDays(monday, offset)));
  });

  it.each(["本周内回复", "这周把合同发过去", "这个月签下来", "本月内付款", "今年要把单子拿下", "这礼拜之内给报价"])(
    "%s: the follow-up is today or later, and no past activity",
    (text) => {
      const got = parseDates(text, { now, timezone });
      expect(got.followUp).not.toBeNull();
      expect(got.followUp?.at.getTime()).toBeGreaterThan(now.getTime());
      expect(got.occurredAt).toBeNull();
    },
  );

  it("a report of this week is background, not a follow-up, and happened up to now (not on its first morning)", () => {
    const got = parseDates("这周已经见了客户", { now, timezone });
    expect(got.followUp).toBeNull();
    expect(got.occurredAt?.at.toISOString()).toBe(now.toISOString());
  });

  it.each(["他上年纪了", "看下年底的数据", "当年他还在读书"])("%s names no next or last year", (text) => {
    const got = parseDates(text, { now, timezone });
    const years = got.dates.map((d) => wallDate(d.at, timezone).year);
    expect(years.every((y) => y === today.year)).toBe(true);
  });
});

describe("this month with a day, Cantonese", () => {
  const now = new Date("2026-11-05T10:00:00+08:00");
  const day = (text: string) => {
    const d = parseDates(text, { now, timezone: "Asia/Shanghai" }).dates[0];
    return d ? show(wallDate(d.at, "Asia/Shanghai")) : null;
  };
  it.each([
    ["今個月廿五號", "2026-11-25"],
    ["今个月18号", "2026-11-18"],
    ["下個月廿號交貨", "2026-12-20"],
    ["下年3月", "2027-03-01"],
  ])("%s is %s", (text, want) => {
    expect(day(text)).toBe(want);
  });
});

describe.each(REFERENCES)("within this period, and the next few days ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  it.each(["周内回复", "月内签约", "年内完成", "今年内上线", "这两天回复", "这几天给报价"])("%s follows up today or later", (text) => {
    const got = parseDates(text, { now, timezone });
    expect(got.followUp?.at.getTime()).toBeGreaterThan(now.getTime());
    expect(got.occurredAt).toBeNull();
  });

  it("这两天 follows up within two days", () => {
    const got = parseDates("这两天回复", { now, timezone });
    const day = got.followUp && show(wallDate(got.followUp.at, timezone));
    expect([show(plusDays(today, 1)), show(plusDays(today, 2))]).toContain(day);
  });

  it.each(["一周内回复", "三个月内"])("%s is still a count from today", (text) => {
    const got = parseDates(text, { now, timezone });
    expect(got.dates[0] && show(wallDate(got.dates[0].at, timezone))).not.toBe(show(today));
  });
});
