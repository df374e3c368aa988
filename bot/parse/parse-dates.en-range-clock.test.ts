import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/** Clock ranges start at their first time; the end is kept in `until`. */

const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/London"];
const NOW = new Date("2026-11-25T02:00:00Z");

function clockRange(text: string, timezone: string): string | null {
  const d = parseDates(text, { now: NOW, timezone }).dates[0];
  if (!d) return null;
  return `${localStamp(d.at, timezone).slice(11)}-${d.until ? localStamp(d.until, timezone).slice(11) : "open"}`;
}

const RANGES: Array<[string, string]> = [
  ["call 5 to 6pm", "17:00-18:00"],
  ["free between 5 and 6 in the afternoon", "17:00-18:00"],
  ["5 to seven in the morning", "05:00-07:00"],
  ["demo 4:00 to 7 oclock", "16:00-19:00"],
  ["from 2:30 to 2:15 pm", "02:30-14:15"],
  ["from three thirty to four thirty", "15:30-16:30"],
  ["between 0730-0930", "07:30-09:30"],
  ["11 to 1pm works", "11:00-13:00"],
  ["10am - 12pm", "10:00-12:00"],
  ["from 9 to 11 tomorrow", "09:00-11:00"],
  ["between 2 and 4 on Friday", "14:00-16:00"],
  ["9:30-11:00", "09:30-11:00"],
  ["between 9:30 and 11:00 on Thursday", "09:30-11:00"],
  ["Monday 3-5", "15:00-17:00"],
  ["free Tuesday 10-12", "10:00-12:00"],
  ["between 10 and 11:30 on 12/3", "10:00-11:30"],
];

describe.each(ZONES)("clock ranges (%s)", (timezone) => {
  it.each(RANGES)("%s", (text, want) => {
    expect(clockRange(text, timezone)).toBe(want);
  });

  it("a clock range next to a day takes that day", () => {
    const d = parseDates("Friday 3 to 5pm", { now: NOW, timezone }).dates[0];
    expect(d && localStamp(d.at, timezone).slice(11)).toBe("15:00");
    expect(d?.until && d.until.getTime() - d.at.getTime()).toBe(2 * 3600000);
  });

  it.each(["between 9:30 and 11:00 on Thursday", "from 2 to 4pm on thu"])("%s falls on a Thursday", (text) => {
    const d = parseDates(text, { now: NOW, timezone }).dates[0];
    expect(d && new Intl.DateTimeFormat("en-US", { timeZone: timezone, weekday: "short" }).format(d.at)).toBe("Thu");
  });
});

describe("not clock ranges", () => {
  it.each(["between 3 and 5 people", "scored 3-5", "ten to six", "room 1200-1300 is booked", "see pages 14-16"])("%s", (text) => {
    expect(parseDates(text, { now: NOW, timezone: "UTC" }).dates.every((d) => d.until === undefined)).toBe(true);
  });

  it('a spelled-out "ten to six" stays ten minutes before six', () => {
    const d = parseDates("meet at ten to six", { now: NOW, timezone: "UTC" }).dates[0];
    expect(d && localStamp(d.at, "UTC").slice(11)).toBe("17:50");
  });
});
