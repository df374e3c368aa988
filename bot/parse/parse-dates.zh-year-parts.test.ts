import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, show, wallDate } from "./date-test-oracle.js";

function firstDay(text: string, now: Date, timezone = "Asia/Shanghai"): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? show(wallDate(d.at, timezone)) : null;
}

describe("halves, quarters and numbered weeks of a year (Thu 2026-08-20, Shanghai)", () => {
  const now = new Date("2026-08-20T10:00:00+08:00");
  it.each([
    ["上半年的业绩", "2026-01-01"],
    ["下半年再谈", "2026-07-01"],
    ["明年上半年签约", "2027-01-01"],
    ["去年下半年", "2025-07-01"],
    ["2025年前半年", "2025-01-01"],
    ["二零二七年后半年", "2027-07-01"],
    ["上个半年", "2026-01-01"],
    ["下个半年", "2027-01-01"],
    ["第三季度", "2026-07-01"],
    ["四季度", "2026-10-01"],
    ["一季度", "2027-01-01"],
    ["明年一季度", "2027-01-01"],
    ["2025年Q2", "2025-04-01"],
    ["本季度", "2026-07-01"],
    ["这个季度末", "2026-09-30"],
    ["下季度", "2026-10-01"],
    ["上个季度", "2026-04-01"],
    ["明年第一周", "2027-01-04"],
    ["2026年的第二周", "2026-01-05"],
    ["2028年第一周", "2028-01-03"],
    ["明年的第三个月", "2027-03-01"],
    ["2027年的前两周", "2027-01-04"],
    ["今年最后两周", "2026-12-21"],
    ["明年最后三个月", "2027-10-01"],
  ])("%s starts on %s", (text, want) => {
    expect(firstDay(text, now)).toBe(want);
  });

  it.each(["四季酒店开会", "第三周的项目例会"])("%s names no part of a year", (text) => {
    expect(firstDay(text, now)).toBeNull();
  });
});

describe("halves and quarters under way never follow up in the past", () => {
  it.each(REFERENCES)("$label", ({ now, timezone }) => {
    const today = wallDate(now, timezone);
    const half = today.month <= 6 ? "上半年" : "下半年";
    for (const text of [`${half}要签下来`, "本季度内回款", `今年${half}完成交付`]) {
      const got = parseDates(text, { now, timezone });
      expect(got.followUp, text).not.toBeNull();
      expect(got.followUp?.at.getTime(), text).toBeGreaterThan(now.getTime());
    }
  });
});

describe("parts of a month and week (Wed 2026-11-25, Shanghai)", () => {
  const now = new Date("2026-11-25T10:00:00+08:00");
  it.each([
    ["12月上半月", "2026-12-01"],
    ["十二月下半月", "2026-12-16"],
    ["下个月上旬", "2026-12-01"],
    ["3月下旬", "2027-03-21"],
    ["下旬", "2026-11-21"],
    ["上旬", "2026-12-01"],
    ["下半月", "2026-11-16"],
    ["上半月", "2026-12-01"],
    ["上半周", "2026-11-23"],
    ["下半周", "2026-11-26"],
    ["十二月第一个星期一", "2026-12-07"],
    ["12月的第二个周五", "2026-12-11"],
    ["下个月最后一个星期五", "2026-12-25"],
    ["十一月的最后一个礼拜四", "2026-11-26"],
    ["一月第三个周三", "2027-01-20"],
    ["十二月的第一周", "2026-11-30"],
    ["下个月第二周", "2026-12-07"],
  ])("%s starts on %s", (text, want) => {
    expect(firstDay(text, now)).toBe(want);
  });

  it("a numbered weekday needs its month", () => {
    expect(firstDay("第一个星期一", now)).not.toBe("2026-12-07");
  });

  it.each(["下旬发货", "下半月内付款", "下半周再约"])("%s under way follows up today or later", (text) => {
    const got = parseDates(text, { now, timezone: "Asia/Shanghai" });
    expect(got.followUp?.at.getTime()).toBeGreaterThan(now.getTime());
    expect(got.occurredAt).toBeNull();
  });
});

describe.each(REFERENCES)("a season of a named year starts with its first month ($label)", ({ now, timezone }) => {
  const y = wallDate(now, timezone).year;
  it.each([
    ["明年春天再谈", `${y + 1}-03-01`],
    ["今年夏季上线", `${y}-06-01`],
    ["去年秋天签的合同", `${y - 1}-09-01`],
    ["今年冬天交付", `${y}-12-01`],
    ["后年的春季扩容", `${y + 2}-03-01`],
    ["明年秋季", `${y + 1}-09-01`],
  ])("%s", (text, want) => {
    expect(firstDay(text, now, timezone)).toBe(want);
  });

  it.each([
    ["今年春节前", "今年春节前"],
    ["明年冬奥会", "明年"],
  ])("%s is no season", (text, label) => {
    expect(parseDates(text, { now, timezone }).dates[0]?.text).toBe(label);
  });
});
