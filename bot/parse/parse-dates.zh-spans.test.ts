import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, show, wallDate } from "./date-test-oracle.js";
import { localStamp } from "./test-support.js";

const SHANGHAI = "Asia/Shanghai";
const first = (text: string, now: Date) => {
  const d = parseDates(text, { now, timezone: SHANGHAI }).dates[0];
  return d ? localStamp(d.at, SHANGHAI) : null;
};

describe("years written short, spans of years, decades (Wed 2026-11-25)", () => {
  const now = new Date("2026-11-25T10:00:00+08:00");
  it.each([
    ["09年就认识了", "2009-01-01 09:00"],
    ["零五年的老客户", "2005-01-01 09:00"],
    ["〇九年", "2009-01-01 09:00"],
    ["他03年以后就不做了", "2004-01-01 09:00"],
    ["2019 年 合作过", "2019-01-01 09:00"],
    ["2019-2021年的订单", "2019-01-01 09:00"],
    ["2016 至 2018 年", "2016-01-01 09:00"],
    ["2012年到2015年之间", "2012-01-01 09:00"],
    ["八十年代", "1980-01-01 09:00"],
    ["二十年代", "2020-01-01 09:00"],
    ["90年代末", "1997-01-01 09:00"],
    ["二十世纪六十年代", "1960-01-01 09:00"],
    ["21世纪初", "2000-01-01 09:00"],
  ])("%s starts %s", (text, want) => {
    expect(first(text, now)).toBe(want);
  });

  it.each([
    ["5年以后", "2031-11-25 09:00"],
    ["3年后", "2029-11-25 09:00"],
  ])("a count of years is still an offset: %s", (text, want) => {
    expect(first(text, now)).toBe(want);
  });

  it.each(["15年的经验", "有20年历史"])("%s names no year", (text) => {
    expect(first(text, now)).toBeNull();
  });
});

describe("a span of hours starts at its first hour", () => {
  it.each(REFERENCES)("$label", ({ now, timezone }) => {
    const today = show(wallDate(now, timezone));
    const tomorrow = show(plusDays(wallDate(now, timezone), 1));
    const stamp = (text: string) => {
      const d = parseDates(text, { now, timezone }).dates[0];
      return d ? localStamp(d.at, timezone) : null;
    };
    expect(stamp("下午3到5点有空")).toBe(`${today} 15:00`);
    expect(stamp("明天下午两点到四点开会")).toBe(`${tomorrow} 14:00`);
    expect(stamp("明早8点至10点")).toBe(`${tomorrow} 08:00`);
    expect(stamp("早上六到七点")).toBe(`${today} 06:00`);
    expect(stamp("晚上7点半到9点")).toBe(`${today} 19:30`);
    expect(stamp("2-4点方便")).toBe(`${today} 14:00`);
    expect(stamp("明天10:00-11:30")).toBe(`${tomorrow} 10:00`);
  });
});

describe("a span of months starts with its first month", () => {
  it.each([
    ["2026-09-18T10:00:00+08:00", "3月和9月之间的数据", "2026-03-01 09:00"],
    ["2026-09-18T10:00:00+08:00", "从四月到六月", "2026-04-01 09:00"],
    ["2026-11-25T10:00:00+08:00", "十二月到二月是淡季", "2026-12-01 09:00"],
    ["2026-02-10T10:00:00+08:00", "11月到1月", "2025-11-01 09:00"],
  ])("at %s, %s starts %s", (iso, text, want) => {
    expect(first(text, new Date(iso))).toBe(want);
  });

  it.each([
    ["3月和5月各签一单", ["3月", "5月"]],
    ["十月与十二月的回款", ["十月", "十二月"]],
    ["2024年和2025年的销售额", ["2024年", "2025年"]],
    ["2019年跟2021年都续约了", ["2019年", "2021年"]],
  ])("without 之间, %s lists two dates", (text, want) => {
    const got = parseDates(text, { now: new Date("2026-09-18T10:00:00+08:00"), timezone: SHANGHAI });
    expect(got.dates.map((d) => d.text)).toEqual(want);
  });

  it("a span of months under way follows up by its end", () => {
    const now = new Date("2026-09-18T10:00:00+08:00");
    const got = parseDates("8月到10月之间完成", { now, timezone: SHANGHAI });
    expect(got.followUp && localStamp(got.followUp.at, SHANGHAI)).toBe("2026-10-31 09:00");
  });
});

describe("mid-year, spans of years with 和, late night", () => {
  const now = new Date("2026-03-10T10:00:00+08:00");
  it.each([
    ["年中冲业绩", "2026-07-01 09:00"],
    ["明年年中", "2027-07-01 09:00"],
    ["2028年年中交付", "2028-07-01 09:00"],
    ["2015年和2018年之间", "2015-01-01 09:00"],
    ["2019年与2020年", "2019-01-01 09:00"],
    ["今天半夜", "2026-03-10 23:00"],
    ["明天深夜", "2026-03-11 23:00"],
  ])("%s is %s", (text, want) => {
    expect(first(text, now)).toBe(want);
  });

  it("a bare 年中 said after July is next year's", () => {
    expect(first("年中", new Date("2026-09-01T10:00:00+08:00"))).toBe("2027-07-01 09:00");
  });

  it.each(["一年中最忙的时候", "这一年中"])("%s is no mid-year", (text) => {
    expect(first(text, now)).not.toBe("2026-07-01 09:00");
  });

  it("今年中秋 stays the festival", () => {
    expect(first("今年中秋", now)).toBe("2026-09-25 09:00");
  });
});

describe("a span between parts of day starts with the first part", () => {
  it.each(REFERENCES)("$label", ({ now, timezone }) => {
    const today = show(wallDate(now, timezone));
    const tomorrow = show(plusDays(wallDate(now, timezone), 1));
    const stamp = (text: string) => {
      const d = parseDates(text, { now, timezone }).dates[0];
      return d ? localStamp(d.at, timezone) : null;
    };
    expect(stamp("今天下午到明天上午都在")).toBe(`${today} 14:00`);
    expect(stamp("明天上午至下午")).toBe(`${tomorrow} 09:00`);
    expect(stamp("明天傍晚到晚上")).toBe(`${tomorrow} 18:00`);
  });
});
