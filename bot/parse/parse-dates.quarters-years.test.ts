import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, show, wallDate, type WallDate } from "./date-test-oracle.js";

function firstDay(text: string, now: Date, timezone: string): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? show(wallDate(d.at, timezone)) : null;
}

/** first day of the quarter `shift` quarters from the one holding `d` */
function quarterStart(d: WallDate, shift: number): string {
  const index = d.year * 4 + Math.floor((d.month - 1) / 3) + shift;
  return show({ year: Math.floor(index / 4), month: (index % 4) * 3 + 1, day: 1 });
}

describe.each(REFERENCES)("quarters and years ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  const y = today.year;
  // a quarter without a year is this year's until it is over, then next year's
  const yq = (quarter: number) => (quarter < Math.floor((today.month - 1) / 3) + 1 ? y + 1 : y);
  it.each([
    ["close it this quarter", 0],
    ["current qtr", 0],
    ["budget opens next quarter", 1],
    ["the following qtr", 1],
    ["last quarter was slow", -1],
    ["previous quarter", -1],
  ])("%s", (text, shift) => {
    expect(firstDay(text, now, timezone)).toBe(quarterStart(today, shift));
  });

  it.each([
    ["renewal in Q2", `${yq(2)}-04-01`],
    ["q4", `${yq(4)}-10-01`],
    ["Q1 2029", "2029-01-01"],
    ["Q3 '27", "2027-07-01"],
    ["2027Q2", "2027-04-01"],
    ["27q3", "2027-07-01"],
    ["the second quarter", `${yq(2)}-04-01`],
    ["3rd qtr of 2027", "2027-07-01"],
    ["fourth quarter 2028", "2028-10-01"],
    ["end of Q1", `${yq(1)}-03-31`],
    ["by the end of the third quarter", `${yq(3)}-09-30`],
    ["in 2029", "2029-01-01"],
    ["back in 2019 we met", "2019-01-01"],
    ["since the year 2012", "2012-01-01"],
    ["2027-09", "2027-09-01"],
    ["2027/9", "2027-09-01"],
    ["2027-Q3 targets", "2027-07-01"],
    ["q1-2029 pipeline", "2029-01-01"],
    ["close by the end of 2027", "2027-12-31"],
    ["go live mid 2028", "2028-07-01"],
    ["budget approved early 2027", "2027-01-01"],
    ["from the beginning of 2029", "2029-01-01"],
    ["in late 2027", "2027-12-31"],
    ["by the middle of 2028", "2028-07-01"],
    ["budget for Nov/2027", "2027-11-01"],
    ["kickoff Mar-2028", "2028-03-01"],
    ["sept/2029", "2029-09-01"],
    ["this yr", `${y}-01-01`],
    ["current year", `${y}-01-01`],
    ["next yr", `${y + 1}-01-01`],
    ["last yr", `${y - 1}-01-01`],
    ["June in 2 years", `${y + 2}-06-01`],
    ["October in a year", `${y + 1}-10-01`],
    ["March 3rd of 2029", "2029-03-03"],
    ["the 9th of August in 2027", "2027-08-09"],
    ["11 Nov in 2030", "2030-11-11"],
    ["Sept 2 of '99", "1999-09-02"],
  ])("%s", (text, expected) => {
    expect(firstDay(text, now, timezone)).toBe(expected);
  });

  it.each(["ordered 2000 units", "in 2026 seats", "price 2027/unit", "Budget for 2027 is 80k"])('"%s" has no year date', (text) => {
    expect(parseDates(text, { now, timezone }).dates).toEqual([]);
  });
});

describe("month after next (Wed 2026-11-25, New York)", () => {
  const now = new Date("2026-11-25T10:00:00-05:00");
  it.each([
    ["December after next", "2027-12-01"],
    ["February after next", "2028-02-01"],
    ["November after next", "2028-11-01"],
  ])("%s", (text, expected) => {
    expect(firstDay(text, now, "America/New_York")).toBe(expected);
  });
});
