import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES } from "./date-test-oracle.js";

/** A range of days is acted on from its first day: the range reads as its start alone. */
const RANGE_AS_START: Array<[string, string]> = [
  ["3-5号", "3号"],
  ["3~5号", "3号"],
  ["12到15号", "12号"],
  ["10至12日", "10日"],
  ["二十到二十五号", "二十号"],
  ["下个月3到5号", "下个月3号"],
  ["本月10至12日", "本月10日"],
  ["下个月3-5号去拜访", "下个月3号"],
  ["客户说12-15号都行", "12号"],
  ["3月3日到5日", "3月3日"],
  ["下周一至周三", "下周一"],
  ["from Dec 3 to Dec 5", "Dec 3"],
  ["Dec 3-5", "Dec 3"],
  ["between Monday and Wednesday", "Monday"],
  ["from the 3rd to the 5th", "the 3rd"],
];

describe.each(REFERENCES)("a date range starts on its first day ($label)", ({ now, timezone }) => {
  const first = (text: string) => parseDates(text, { now, timezone }).dates[0]?.at.getTime();

  it.each(RANGE_AS_START)("%s starts like %s", (range, start) => {
    expect(first(start)).toBeDefined();
    expect(first(range)).toBe(first(start));
  });

  it("a numeric date with dashes is not a range", () => {
    expect(first("2026-3-5号")).toBe(first("2026年3月5日"));
  });
});
