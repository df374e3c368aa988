import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { isExpectedWorkingDay } from "./holiday-calendar.js";
import { REFERENCES, plusDays, show, wallDate, type WallDate } from "./date-test-oracle.js";

/**
 * Dates written inside a longer sentence, with the "before/after" word and the rest of
 * the message glued on ("下个月20号前立项"): they must still give the follow-up.
 */

function followUpDay(text: string, now: Date, timezone: string): string | null {
  const d = parseDates(text, { now, timezone }).followUp;
  return d ? show(wallDate(d.at, timezone)) : null;
}

type Day = (today: WallDate) => WallDate;
const nextMonthDay =
  (n: number): Day =>
  (t) =>
    t.month === 12 ? { year: t.year + 1, month: 1, day: n } : { year: t.year, month: t.month + 1, day: n };
/** The coming n-th: this month while it is still ahead (today counts), else next month. */
const upcomingDay =
  (n: number): Day =>
  (t) =>
    t.day <= n ? { ...t, day: n } : nextMonthDay(n)(t);
/** 月初: the month's first working day (weekends, and holidays and 调休 from the published calendar). */
const firstWorkingDayOfNextMonth: Day = (t) => {
  let d = nextMonthDay(1)(t);
  while (!isExpectedWorkingDay(d)) d = plusDays(d, 1);
  return d;
};
const lastOfNextMonth: Day = (t) => plusDays(nextMonthDay(1)(plusDays(nextMonthDay(1)(t), 0)), -1);
const days =
  (n: number): Day =>
  (t) =>
    plusDays(t, n);

const CHINESE: Array<[string, Day]> = [
  ["下个月20号前立项", nextMonthDay(20)],
  ["说下个月5号之前定供应商", nextMonthDay(5)],
  ["客户说下个月5号以前给答复", nextMonthDay(5)],
  ["下月20号前签合同", nextMonthDay(20)],
  ["下月5号之前要把报价发过去", nextMonthDay(5)],
  ["下个月十号前出方案", nextMonthDay(10)],
  ["下个月二十号之前走完流程", nextMonthDay(20)],
  ["下个月12日前回款", nextMonthDay(12)],
  ["下个月5日之前交付", nextMonthDay(5)],
  ["他们下个月20号后才有预算", nextMonthDay(20)],
  ["下个月15号之后再联系", nextMonthDay(15)],
  ["下个月初前把样品寄过去", firstWorkingDayOfNextMonth],
  ["下个月中再跟进", nextMonthDay(15)],
  ["下个月底前签约", lastOfNextMonth],
  ["下月底之前回款", lastOfNextMonth],
  ["下月初给他们演示", firstWorkingDayOfNextMonth],
  ["20号前给报价", upcomingDay(20)],
  ["28号之前确认需求", upcomingDay(28)],
  ["5号以前把合同寄出", upcomingDay(5)],
  ["二十号前交标书", upcomingDay(20)],
  ["老板说15号前必须定", upcomingDay(15)],
];

const ENGLISH: Array<[string, Day]> = [
  ["in a fortnight", days(14)],
  ["decision in a fortnight", days(14)],
  ["they will decide within a fortnight", days(14)],
  ["a fortnight from now", days(14)],
  ["check back a fortnight from today", days(14)],
  ["follow up in two fortnights", days(28)],
  ["circle back in a fortnight's time", days(14)],
  ["by the 20th", upcomingDay(20)],
  ["send the quote before the 5th of next month", nextMonthDay(5)],
  ["contract signed by the 15th of next month", nextMonthDay(15)],
];

describe.each(REFERENCES)("follow-up inside a sentence ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  it.each([...CHINESE, ...ENGLISH])("%s", (text, day) => {
    expect(followUpDay(text, now, timezone)).toBe(show(day(today)));
  });
});

describe('"5日前" alone stays five days ago', () => {
  it.each(REFERENCES)("$label", ({ now, timezone }) => {
    const r = parseDates("5日前拜访过", { now, timezone });
    expect(r.followUp).toBeNull();
    expect(r.occurredAt && show(wallDate(r.occurredAt.at, timezone))).toBe(show(plusDays(wallDate(now, timezone), -5)));
  });
});

describe("an impossible day before 前 is still reported", () => {
  it.each(["32号前给报价", "40号之前", "0号前"])("%s", (text) => {
    const r = parseDates(text, { now: new Date("2026-11-25T10:00:00+08:00"), timezone: "Asia/Shanghai" });
    expect(r.problems.map((p) => p.code)).toEqual(["invalid-date"]);
    expect(r.followUp).toBeNull();
  });
});

describe("这个月N号 before 前 keeps this month", () => {
  const now = new Date("2026-11-10T10:00:00+08:00");
  it.each([
    ["这个月20号前", "2026-11-20"],
    ["这个月28号之前给答复", "2026-11-28"],
    ["本月底前", "2026-11-30"],
    ["本月15号以前回款", "2026-11-15"],
  ])("%s", (text, expected) => {
    expect(followUpDay(text, now, "Asia/Shanghai")).toBe(expected);
  });
});
