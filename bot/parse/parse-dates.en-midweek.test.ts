import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/** The middle of a week is its Wednesday; a bare "midweek" already past is next week's. */
const day = (text: string, now: Date, timezone: string) => {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? localStamp(d.at, timezone).slice(0, 10) : null;
};

const REFERENCES = [
  { label: "Monday in Shanghai", now: new Date("2026-11-23T10:00:00+08:00"), timezone: "Asia/Shanghai", thisWed: "2026-11-25", nextWed: "2026-12-02" },
  { label: "Thursday in New York", now: new Date("2026-11-26T10:00:00-05:00"), timezone: "America/New_York", thisWed: "2026-11-25", nextWed: "2026-12-02" },
  { label: "Sunday in London", now: new Date("2026-11-29T10:00:00Z"), timezone: "Europe/London", thisWed: "2026-11-25", nextWed: "2026-12-02" },
];

describe.each(REFERENCES)("mid-week ($label)", ({ now, timezone, thisWed, nextWed }) => {
  it.each([
    ["check in with Acme mid next week", "next"],
    ["mid-next week demo", "next"],
    ["call Acme in the middle of next week", "next"],
    ["mid this week", "this"],
  ])("%s", (text, which) => {
    expect(day(text, now, timezone)).toBe(which === "next" ? nextWed : thisWed);
  });

  it("a bare midweek is this week's Wednesday until it has passed", () => {
    const weekday = new Date(now.toLocaleString("en-US", { timeZone: timezone })).getDay();
    const expected = weekday >= 1 && weekday <= 3 ? thisWed : nextWed;
    expect(day("call Globex midweek", now, timezone)).toBe(expected);
  });
});
