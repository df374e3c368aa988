import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, plusMonths, show, wallDate, weekday, type WallDate } from "./date-test-oracle.js";
import { localStamp } from "./test-support.js";

/** "the last / next N units": a window read as its first day. */
describe.each(REFERENCES)("Chinese windows of N units ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  const monday = plusDays(today, -((weekday(today) + 6) % 7));
  const day = (text: string) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    return d ? show(wallDate(d.at, timezone)) : null;
  };

  it.each<[string, (t: WallDate) => WallDate]>([
    ["前两天刚见过", (t) => plusDays(t, -2)],
    ["上三天的电话记录", (t) => plusDays(t, -3)],
    ["过去五天", (t) => plusDays(t, -5)],
    ["最近7天都联系不上", (t) => plusDays(t, -7)],
    ["过去一周", (t) => plusDays(t, -7)],
    ["近两个月", (t) => plusMonths(t, -2)],
    ["下两天", (t) => plusDays(t, 1)],
    ["后五天", (t) => plusDays(t, 1)],
    ["上两周", () => plusDays(monday, -14)],
    ["下三个星期", () => plusDays(monday, 7)],
    ["前三个月", (t) => plusMonths(t, -3)],
    ["前1周的数据", (t) => plusDays(t, -7)],
    ["后1年", (t) => plusDays(t, 1)],
    ["上三个月", (t) => ({ ...plusMonths({ ...t, day: 1 }, -3) })],
    ["下两个月", (t) => ({ ...plusMonths({ ...t, day: 1 }, 1) })],
    ["前两年", (t) => plusMonths(t, -24)],
    ["上两年", (t) => ({ year: t.year - 2, month: 1, day: 1 })],
    ["下三年", (t) => ({ year: t.year + 1, month: 1, day: 1 })],
  ])("%s", (text, want) => {
    expect(day(text)).toBe(show(want(today)));
  });

  it.each([
    ["前两个小时", -2],
    ["上三小时", -3],
    ["后两小时", 1],
  ])("%s starts on a whole hour", (text, hours) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    const hourStart = Math.floor(now.getTime() / 3600000) * 3600000;
    // every reference zone is a whole number of hours from UTC
    expect(d?.at.getTime()).toBe(hourStart + hours * 3600000);
  });

  it.each([
    ["之前3小时", -180],
    ["过去45分钟", -45],
    ["上个小时", -60],
  ])("%s counts from now", (text, minutes) => {
    expect(parseDates(text, { now, timezone }).dates[0]?.at.getTime()).toBe(now.getTime() + minutes * 60000);
  });

  it.each([
    ["未来三天内回复报价", 3],
    ["接下来两周跟进", 14],
    ["还有5天到期", 5],
  ])("%s: a window starting now follows up at its end, never in the past", (text, days) => {
    const got = parseDates(text, { now, timezone });
    expect(got.followUp).not.toBeNull();
    expect(got.followUp?.at.getTime()).toBeGreaterThan(now.getTime());
    expect(show(wallDate(got.followUp?.at ?? now, timezone))).toBe(show(plusDays(today, days)));
    expect(got.occurredAt).toBeNull();
  });

  it.each([
    ["还剩 40 分钟", 40],
    ["之后10分钟", 10],
  ])("%s: a window of minutes follows up at its end", (text, minutes) => {
    const got = parseDates(text, { now, timezone });
    expect(got.dates[0]?.at.getTime()).toBe(Math.floor(now.getTime() / 60000) * 60000);
    expect(got.followUp?.at.getTime()).toBe(Math.floor(now.getTime() / 60000) * 60000 + minutes * 60000);
  });

  it.each(["上三年级", "他前两年级的成绩", "三天前"])("%s is no window", (text) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    if (text === "三天前") expect(d && show(wallDate(d.at, timezone))).toBe(show(plusDays(today, -3)));
    else expect(d).toBeUndefined();
  });
});

describe("Chinese offsets in seconds and Cantonese hours", () => {
  const now = new Date("2026-11-25T10:00:00+08:00");
  const stamp = (text: string) => {
    const d = parseDates(text, { now, timezone: "Asia/Shanghai" }).dates[0];
    return d ? localStamp(d.at, "Asia/Shanghai") : null;
  };
  it.each([
    ["30秒后", "2026-11-25 10:00"],
    ["90秒之前", "2026-11-25 09:58"],
    ["兩個鐘後", "2026-11-25 12:00"],
    ["三個鐘之前", "2026-11-25 07:00"],
  ])("%s is %s", (text, want) => {
    expect(stamp(text)).toBe(want);
  });
});
