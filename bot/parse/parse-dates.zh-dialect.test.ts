import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, show, wallDate } from "./date-test-oracle.js";
import { localStamp } from "./test-support.js";

/** Cantonese and traditional-character phrasings read like their Mandarin forms. */
describe.each(REFERENCES)("Cantonese and traditional date words ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  const day = (text: string) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    return d ? show(wallDate(d.at, timezone)) : null;
  };

  it.each([
    ["聽日見", 1],
    ["听日下昼再倾", 1],
    ["尋日打咗電話", -1],
    ["琴日去咗拜訪", -1],
    ["噚日傾過", -1],
    ["後日簽約", 2],
    // northern speech
    ["明儿个去趟京东", 1],
    ["明儿见", 1],
    ["今儿个见了华为", 0],
    ["昨儿个打了电话", -1],
    ["昨儿跟腾讯聊了", -1],
    ["后儿个再说", 2],
  ])("%s is %i days from today", (text, offset) => {
    expect(day(text)).toBe(show(plusDays(today, offset)));
  });

  it.each(["而家", "宜家", "依家", "當前", "此時此刻", "馬上", "立刻", "最近"])('"%s" alone is now', (text) => {
    const got = parseDates(text, { now, timezone });
    expect(got.dates[0]?.at.getTime()).toBe(now.getTime());
    expect(got.followUp).toBeNull();
  });

  it.each([
    ["聽日晏晝三點", 1, "15:00"],
    ["聽日晏晝兩點半", 1, "14:30"],
    ["尋日晚上八點", -1, "20:00"],
    ["明儿下午三点去京东", 1, "15:00"],
  ])("%s keeps its day and clock", (text, offset, clock) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    expect(d && localStamp(d.at, timezone)).toBe(`${show(plusDays(today, offset))} ${clock}`);
  });
});

describe("Cantonese minutes count in fives", () => {
  const now = new Date("2026-11-25T10:00:00+08:00");
  const clock = (text: string) => {
    const d = parseDates(text, { now, timezone: "Asia/Shanghai" }).dates[0];
    return d ? localStamp(d.at, "Asia/Shanghai").slice(11) : null;
  };
  it.each([
    ["晏晝四點二", "16:10"],
    ["下午四點踏九", "16:45"],
    ["下午五點搭半", "17:30"],
    ["下午兩點四個字", "14:20"],
    ["下午两点五分", "14:05"],
    ["下午两点零五", "14:05"],
    ["下午两点二十", "14:20"],
  ])("%s is %s", (text, want) => {
    expect(clock(text)).toBe(want);
  });
});

describe("traditional holiday names fold to simplified", () => {
  const now = new Date("2026-01-10T10:00:00+08:00");
  it.each([
    ["婦女節前聯繫", "03-"],
    ["兒童節活動", "2026-06-01"],
    ["建軍節", "2026-08-01"],
    ["萬聖節派對", "2026-10-31"],
  ])("%s", (text, want) => {
    const d = parseDates(text, { now, timezone: "Asia/Shanghai" }).dates[0];
    expect(d && localStamp(d.at, "Asia/Shanghai")).toContain(want);
  });
});

describe("明儿 inside a name is no day", () => {
  it("小明儿子满月", () => {
    expect(parseDates("小明儿子满月，送了华为王总礼物", { now: new Date("2026-11-25T02:00:00Z"), timezone: "Asia/Shanghai" }).dates).toEqual([]);
  });
});
