import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, NEW_YORK } from "./test-support.js";

// Wednesday 2026-12-09 21:30 in New York (Thursday 02:30 UTC).
const NOW = new Date("2026-12-10T02:30:00Z");
const read = (text: string) => {
  const parsed = parseDates(text, { now: NOW, timezone: NEW_YORK });
  return { followUp: parsed.followUp && localStamp(parsed.followUp.at, NEW_YORK), dates: parsed.dates.length };
};

describe("counts in a range are no clock times", () => {
  it.each(["they want to reduce seats from 200 to 150", "from 120 to 90 users", "growing from 200 to 300 seats", "cut licenses 500 to 350"])("%s", (text) => {
    expect(read(text)).toEqual({ followUp: null, dates: 0 });
  });

  it.each([
    ["call from 930 to 1030 tomorrow", "2026-12-10 09:30"],
    ["meet from 1400 to 1500 tomorrow", "2026-12-10 14:00"],
  ])("%s is still a time", (text, due) => {
    expect(read(text).followUp).toBe(due);
  });
});

describe("a month's short name after a preposition", () => {
  it.each([
    ["deal probably slips to Feb", "2027-02-01 09:00"],
    ["they'll decide by Feb", "2027-02-01 09:00"],
    ["circle back next Mar", "2027-03-01 09:00"],
    ["on hold until Jan", "2027-01-04 09:00"],
    // a deadline, though "done" reads as a report
    ["Initech wants it done by Feb", "2027-02-01 09:00"],
  ])("%s → %s", (text, due) => {
    expect(read(text).followUp).toBe(due);
  });

  it.each([
    "went to Jan's office",
    "it may slip",
    "signed back in Feb",
    "talked to Jan from Globex, they want a demo",
    "spoke to Jun at Contoso about the renewal",
    "email from Jan at Initech",
    "call from Jan at Contoso",
  ])("%s sets no follow-up", (text) => {
    expect(read(text).followUp).toBeNull();
  });
});

describe("a range after a move verb is old → new", () => {
  it.each([
    ["Fabrikam pushed the kickoff from Jan 5 to Jan 12", "2027-01-12 09:00"],
    ["moved the Acme mtg from fri to mon", "2026-12-14 09:00"],
    ["Initech slipped from Nov to Feb", "2027-02-01 09:00"],
    ["pushed from Feb to Apr", "2027-04-01 09:00"],
  ])("%s → %s", (text, due) => {
    expect(read(text).followUp).toBe(due);
  });
});

describe("a clock range after a move verb is old → new", () => {
  // Tuesday 2026-12-08 09:00 in New York
  const morning = new Date("2026-12-08T14:00:00Z");
  it.each([
    ["Globex call moved from 2 to 4 today", "2026-12-08 16:00"],
    ["Globex call moved from 2pm to 4pm", "2026-12-08 16:00"],
  ])("%s → %s", (text, due) => {
    const parsed = parseDates(text, { now: morning, timezone: NEW_YORK });
    expect(parsed.followUp && localStamp(parsed.followUp.at, NEW_YORK)).toBe(due);
  });
});
