import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/** Ranges written with calendar names, read at Wednesday 2026-11-25 10:00 in New York. */

const NOW = new Date("2026-11-25T10:00:00-05:00");
const NY = "America/New_York";

function range(text: string): string | null {
  const d = parseDates(text, { now: NOW, timezone: NY }).dates[0];
  if (!d) return null;
  const end = d.until ? localStamp(new Date(d.until.getTime() - 60000), NY).slice(0, 10) : "open";
  return `${localStamp(d.at, NY).slice(0, 10)}..${end}`;
}

describe("days of one month", () => {
  it.each([
    ["off from the 9th to the 17th of April", "2027-04-09..2027-04-17"],
    ["off from ninth till seventeenth of april", "2027-04-09..2027-04-17"],
    ["away between 3 and 12 of December", "2026-12-03..2026-12-12"],
    ["between the fourth and the eighth of January", "2027-01-04..2027-01-08"],
    ["1-8 september 2027", "2027-09-01..2027-09-08"],
    ["from the twenty-seventh to the third of February", "2027-01-27..2027-02-03"],
    ["July 13 through 15", "2026-07-13..2026-07-15"],
    ["visiting them Dec 14th - 18th", "2026-12-14..2026-12-18"],
    ["trade show Nov 30 - Dec 4", "2026-11-30..2026-12-04"],
    ["Nov 18-Dec 19, 2015", "2015-11-18..2015-12-19"],
    ["from Dec 28 to Jan 3", "2026-12-28..2027-01-03"],
  ])("%s", (text, want) => expect(range(text)).toBe(want));
});

describe("numeric month/day pairs (US order)", () => {
  it.each([
    ["off 12/21-12/24", "2026-12-21..2026-12-24"],
    ["between 12/28-1/3", "2026-12-28..2027-01-03"],
    ["from 5/1-5/7, 2027", "2027-05-01..2027-05-07"],
    ["leave 5/1-5/7/2027", "2027-05-01..2027-05-07"],
    ["from 10-1-2025 - 10-7-2025", "2025-10-01..2025-10-07"],
    ["from 26th june to 28th june in 2027", "2027-06-26..2027-06-28"],
  ])("%s", (text, want) => expect(range(text)).toBe(want));

  it.each(["the score was 3-5", "rooms 2-4 are free"])("%s is no date range", (text) => {
    expect(range(text)).toBeNull();
  });
});

describe("whole months", () => {
  it.each([
    ["from Feb to April", "2027-02-01..2027-04-30"],
    ["Jan-Mar 2027", "2027-01-01..2027-03-31"],
    ["Nov-Feb 2017", "2016-11-01..2017-02-28"],
    ["from January to June in 2025", "2025-01-01..2025-06-30"],
    ["from april in 2024 to June in 2025", "2024-04-01..2025-06-30"],
    ["between March and May", "2027-03-01..2027-05-31"],
    ["from this March to May 2028", "2026-03-01..2028-05-31"],
  ])("%s", (text, want) => expect(range(text)).toBe(want));

  it('a lower-case "may" needs from/between to start a range', () => {
    expect(range("we may - june is too late")).not.toBe("2027-05-01..2027-06-30");
  });
});

describe("years and decades", () => {
  it.each([
    ["in 2024", "2024-01-01..2024-12-31"],
    ["revenue during 2019 was flat", "2019-01-01..2019-12-31"],
    ["from 2014 to 2018", "2014-01-01..2018-12-31"],
    ["2014-2018", "2014-01-01..2018-12-31"],
    ["between 2020 and 2022", "2020-01-01..2022-12-31"],
    ["revenue in 2024 and 2025 grew", "2024-01-01..2024-12-31"],
    ["we met in 2019 and 2021", "2019-01-01..2019-12-31"],
    ["during 2022 and 2023 it was slow", "2022-01-01..2022-12-31"],
    ["from 2007 to the end of 2008", "2007-01-01..2008-12-31"],
    ["in 2014 through May 2018", "2014-01-01..2018-12-31"],
    ["the 1990s", "1990-01-01..1999-12-31"],
    ["back in the 80s", "1980-01-01..1989-12-31"],
    ["during the nineties", "1990-01-01..1999-12-31"],
    ["after 2018", "2019-01-01..open"],
    ["later than 2030", "2031-01-01..open"],
    ["2027 or later", "2027-01-01..open"],
    ["after Feb", "2027-03-01..open"],
    ["after Feb 2025", "2025-03-01..open"],
  ])("%s", (text, want) => expect(range(text)).toBe(want));

  it.each(["budget for 2026 is 80k", "we sold 2024 units", "order 2025 pcs", "she is in her 20s"])("%s has no year period", (text) =>
    expect(range(text) ?? "").not.toMatch(/^20\d\d-01-01\.\.20\d\d-12-31$|^2020-01-01/u),
  );
});

describe("the week around a date", () => {
  it.each([
    ["the week of April 10th", "2027-04-05..2027-04-11"],
    ["week of Dec 3", "2026-11-30..2026-12-06"],
    ["the week commencing January 4", "2027-01-04..2027-01-10"],
    ["w/c Feb 4", "2027-02-01..2027-02-07"],
    // a Thursday or Friday holiday opens its long weekend, a Monday one closes it:
    // Thanksgiving 2026 is Thursday Nov 26, Christmas a Friday, Labor Day 2027 Monday Sep 6
    ["Thanksgiving weekend", "2026-11-26..2026-11-29"],
    ["the weekend of Christmas", "2026-12-25..2026-12-27"],
    ["labor day weekend", "2027-09-04..2027-09-06"],
  ])("%s", (text, want) => expect(range(text)).toBe(want));
});

describe("two dates joined by a range word", () => {
  it.each([
    ["from Dec 3 to Dec 5", "2026-12-03..2026-12-05"],
    ["between Monday and Wednesday", "2026-11-30..2026-12-02"],
    ["January 12, 2016 - 01/22/2016", "2016-01-12..2016-01-22"],
    ["between now and December 15th", "2026-11-25..2026-12-15"],
  ])("%s", (text, want) => expect(range(text)).toBe(want));

  it('chrono reads "from tomorrow until Friday" whole: it starts tomorrow', () => {
    expect(range("from tomorrow until Friday")).toMatch(/^2026-11-26\.\./u);
  });

  it('"and" without "between" is two dates', () => {
    const dates = parseDates("call Monday and Friday", { now: NOW, timezone: NY }).dates;
    expect(dates).toHaveLength(2);
  });
});
