import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, wallDate } from "./date-test-oracle.js";

/** A day written in words must land on the same instant as the same day in digits. */
const SAME_AS_DIGITS: Array<[string, string, number, number]> = [
  ["May twenty one", "May 21", 5, 21],
  ["May twenty-one", "May 21", 5, 21],
  ["call back May twenty nine", "call back May 29", 5, 29],
  ["June thirty", "June 30", 6, 30],
  ["on March the twenty-first", "on March 21", 3, 21],
  ["the twenty-first of March", "March 21", 3, 21],
  ["twenty five January", "January 25", 1, 25],
  ["the twenty third day of September", "September 23", 9, 23],
  ["Sept fifteen", "Sept 15", 9, 15],
  ["follow up on Dec. twenty second", "follow up on Dec. 22", 12, 22],
  ["jan twenty two, 2030", "jan 22, 2030", 1, 22],
  ["the 23rd day of September", "September 23", 9, 23],
  ["March the 21st", "March 21", 3, 21],
  ["客户说 August twenty seven 来签约", "客户说 August 27 来签约", 8, 27],
];

/** "<weekday> the <day in words>": reads as the same words in digits. */
const WEEKDAY_THE: Array<[string, string]> = [
  ["Thursday the twenty first", "Thursday the 21st"],
  ["meet Friday the twenty second", "meet Friday the 22nd"],
  ["Friday the fifteen", "Friday the 15th"],
  ["wednesday the thirty first", "wednesday the 31st"],
  ["on monday the twenty seventh at six pm", "on monday the 27th at six pm"],
];

/** "the <day in words> (day) of <this/next> month": the same day as written in digits. */
const OF_MONTH: Array<[string, string]> = [
  ["ship before the twenty-eighth day of the month", "ship before the 28th day of the month"],
  ["the twenty-fifth day of next month", "the 25th day of next month"],
  ["invoice on the fifth of next month", "invoice on the 5th of next month"],
  ["call on the twelfth of this month", "call on the 12th of this month"],
  ["renew by the first day of the following month", "renew by the 1st day of the following month"],
];

describe.each(REFERENCES)("day numbers in words ($label)", ({ now, timezone }) => {
  const at = (text: string) => parseDates(text, { now, timezone }).dates[0];

  it.each(SAME_AS_DIGITS)("%s = %s", (words, digits, month, day) => {
    const got = at(words);
    expect(got).toBeDefined();
    expect(got?.at.getTime()).toBe(at(digits)?.at.getTime());
    const wall = wallDate(got!.at, timezone);
    expect([wall.month, wall.day]).toEqual([month, day]);
  });

  it.each(OF_MONTH)("%s = %s", (words, digits) => {
    const got = at(words);
    const want = at(digits);
    expect(want).toBeDefined();
    expect(got?.at.getTime()).toBe(want?.at.getTime());
  });

  it.each(WEEKDAY_THE)("%s = %s", (words, digits) => {
    const got = at(words);
    const want = at(digits);
    expect(want).toBeDefined();
    expect(got?.at.getTime()).toBe(want?.at.getTime());
  });

  it("labels the date with the rep's own words", () => {
    expect(at("see them May twenty one")?.text).toBe("May twenty one");
    const texts = parseDates("周五 the twenty-first of March 见面", { now, timezone }).dates.map((d) => d.text);
    expect(texts).toEqual(["周五", "twenty-first of March"]);
    expect(at("on March the twenty-first")?.text).toBe("March the twenty-first");
  });

  it.each([
    ["they may one day call back", null],
    ["one may ask for a discount", null],
  ])('"%s" holds no date', (text) => {
    expect(parseDates(text, { now, timezone }).dates).toEqual([]);
  });

  it("a spelled-out year after the month is not read as the day", () => {
    const got = at("January twenty five nineteen eighty six");
    expect(got && wallDate(got.at, timezone).day).toBe(25);
    const bare = at("January nineteen eighty six");
    expect(bare && wallDate(bare.at, timezone).day).not.toBe(19);
  });
});
