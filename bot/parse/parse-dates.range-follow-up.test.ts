import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, show, wallDate, weekday } from "./date-test-oracle.js";

/**
 * A period that is under way ("this week") is still a next step: the follow-up lies
 * inside it and never before now, though the period itself reads from its first day.
 */

const UNDER_WAY = [
  "follow up this week",
  "sometime this week",
  "will call them later this month",
  "check in over the rest of the week",
  "need to send the quote this month",
  "circle back with them this year",
  "follow up within the next 3 days",
  "follow up this week, between 3 and 5pm",
];

describe.each(REFERENCES)("a period under way as the next step ($label)", ({ now, timezone }) => {
  it.each(UNDER_WAY)("%s: the follow-up is ahead of now and inside the period", (text) => {
    const parsed = parseDates(text, { now, timezone });
    const followUp = parsed.followUp;
    expect(followUp).not.toBeNull();
    if (!followUp) return;
    expect(followUp.at.getTime()).toBeGreaterThan(now.getTime());
    expect(show(wallDate(followUp.at, timezone)) >= show(wallDate(now, timezone))).toBe(true);
    const period = parsed.dates[0];
    // said on a Sunday, "this week" as a next step is the coming working week (its Friday at the latest)
    if (weekday(wallDate(now, timezone)) === 0 && /this week/u.test(text)) {
      expect(followUp.at.getTime()).toBeLessThan(now.getTime() + 6 * 86400000);
      return;
    }
    if (period?.until && period.until.getTime() > now.getTime() + 3600000) {
      expect(followUp.at.getTime()).toBeLessThan(period.until.getTime());
    }
  });

  it("reads the period itself from its first day", () => {
    const today = wallDate(now, timezone);
    const monday = plusDays(today, -((weekday(today) + 6) % 7));
    const [first] = parseDates("follow up this week", { now, timezone }).dates;
    expect(first && show(wallDate(first.at, timezone))).toBe(show(monday));
  });

  it.each(["Sales this month are up", "the pipeline for the week looks thin", "partner of the year"])("%s is no next step", (text) => {
    const today = wallDate(now, timezone);
    const parsed = parseDates(text, { now, timezone });
    // only a period that has not begun (just after midnight on its first day) can lie ahead
    if (parsed.followUp) expect(show(wallDate(parsed.followUp.at, timezone))).toBe(show(today));
    expect(parsed.followUp === null || parsed.followUp.at.getTime() === parsed.dates[0]?.at.getTime()).toBe(true);
  });

  it("a report about this week has no follow-up", () => {
    const parsed = parseDates("met with Globex this week", { now, timezone });
    expect(parsed.followUp).toBeNull();
    expect(parsed.dates).toHaveLength(1);
  });

  it("a report this week with a plan for next week follows up next week", () => {
    const today = wallDate(now, timezone);
    const nextMonday = plusDays(today, 7 - ((weekday(today) + 6) % 7));
    const parsed = parseDates("called them this week, follow up next week", { now, timezone });
    expect(parsed.followUp && show(wallDate(parsed.followUp.at, timezone))).toBe(show(nextMonday));
  });
});

describe("the slot inside a period under way", () => {
  const timezone = "Asia/Shanghai";
  const at = (iso: string) => new Date(iso).toISOString();
  // "follow up this week" aims at the working week's Friday, as "本周内回复" does; on Friday itself,
  // 09:00 while that is ahead, else an hour from now; on Sunday the coming week's Friday
  it.each([
    ["follow up this week", "2026-11-25T07:30:00+08:00", "2026-11-27T09:00:00+08:00"],
    ["follow up this week", "2026-11-25T15:20:00+08:00", "2026-11-27T09:00:00+08:00"],
    ["f/u this week", "2026-11-23T10:00:00+08:00", "2026-11-27T09:00:00+08:00"],
    ["follow up this week", "2026-11-27T07:30:00+08:00", "2026-11-27T09:00:00+08:00"],
    ["follow up this week", "2026-11-27T15:20:00+08:00", "2026-11-27T16:20:00+08:00"],
    ["follow up this week", "2026-11-29T20:00:00+08:00", "2026-12-04T09:00:00+08:00"],
    ["本周内回复", "2026-11-25T15:20:00+08:00", "2026-11-27T09:00:00+08:00"],
    ["check in later this week", "2026-11-23T10:00:00+08:00", "2026-11-26T09:00:00+08:00"],
    ["check in later this week", "2026-11-26T15:00:00+08:00", "2026-11-27T09:00:00+08:00"],
    ["check in later this week", "2026-11-29T20:00:00+08:00", "2026-12-03T09:00:00+08:00"],
    ["follow up this month", "2026-12-07T09:05:00+08:00", "2026-12-31T09:00:00+08:00"],
    ["f/u this month", "2026-11-03T09:05:00+08:00", "2026-11-30T09:00:00+08:00"],
  ])("%s at %s: %s", (text, now, want) => {
    expect(parseDates(text, { now: new Date(now), timezone }).followUp?.at.toISOString()).toBe(at(want));
  });

  it("a period still ahead keeps its own start", () => {
    const now = new Date("2026-11-25T15:20:00+08:00");
    const followUp = parseDates("follow up next week", { now, timezone }).followUp;
    expect(followUp?.at.toISOString()).toBe(new Date("2026-11-30T09:00:00+08:00").toISOString());
  });

  // "this month" read as "this Monday" moved the month's first week to the 8th
  it.each([["2026-12-07T09:05:00+08:00"], ["2026-11-03T09:05:00+08:00"]])("this month is the month from its 1st (%s)", (now) => {
    const [first] = parseDates("follow up this month", { now: new Date(now), timezone }).dates;
    expect(first && wallDate(first.at, timezone).day).toBe(1);
  });
});

describe("a part of day under way is still ahead as a plan", () => {
  const timezone = "Asia/Shanghai";
  const at = (iso: string) => new Date(iso).toISOString();
  it.each([
    ["follow up this afternoon", "2026-11-25T15:20:00+08:00", "2026-11-25T16:20:00+08:00"],
    ["will call them tonight", "2026-11-25T21:00:00+08:00", "2026-11-25T22:00:00+08:00"],
    ["今天下午跟进", "2026-11-25T15:00:00+08:00", "2026-11-25T16:00:00+08:00"],
    ["follow up this afternoon", "2026-11-25T10:00:00+08:00", "2026-11-25T14:00:00+08:00"],
  ])("%s at %s", (text, now, want) => {
    expect(parseDates(text, { now: new Date(now), timezone }).followUp?.at.toISOString()).toBe(at(want));
  });

  it.each([
    ["met them this afternoon", "2026-11-25T15:20:00+08:00"],
    ["下午开完会了", "2026-11-25T15:20:00+08:00"],
    ["follow up this morning", "2026-11-25T13:00:00+08:00"],
  ])("%s at %s: no follow-up", (text, now) => {
    expect(parseDates(text, { now: new Date(now), timezone }).followUp).toBeNull();
  });
});
