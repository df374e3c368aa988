import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// A weekday or "the day after" counted from another day of the message.
const beforeNationalDay = new Date("2027-09-29T07:00:00Z"); // Wed 15:00 Shanghai, Wed 03:00 New York; 国庆 Oct 1–7
const endOfJune = new Date("2027-06-25T13:00:00Z"); // Fri 21:00 Shanghai, Fri 09:00 New York

const followUpOf = (text: string, now: Date, zone: string) => {
  // (the customers the bot knows are passed as names, as the log flow does)
  const parsed = parseSentence(text, { now, timezone: zone, names: ["Pied Piper", "Initech", "Hooli"] });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

describe("the first weekday after a break", () => {
  it.each([
    ["节后第一个周三之前要给正式报价", "2027-10-13 09:00"],
    ["国庆后的第一个周一再约", "2027-10-11 09:00"],
    ["节后第一个周五下午三点开会", "2027-10-08 15:00"],
  ])("%s → %s", (text, stamp) => {
    expect(followUpOf(text, beforeNationalDay, "Asia/Shanghai")).toBe(stamp);
  });
});

describe("'the <weekday> after <day>' and 'the <weekday> after' / 'the day after' a day said before", () => {
  it.each([
    ["Hooli meeting moved to the Tuesday after the 4th, 10am", endOfJune, "2027-07-06 10:00"],
    ["let's do the Thursday after the 4th", endOfJune, "2027-07-08 09:00"],
    ["follow up the Monday after Thanksgiving", beforeNationalDay, "2027-11-29 09:00"],
    ["quoted 1.35M by email last night, the CIO wants to review after Thanksgiving so the Monday after", beforeNationalDay, "2027-11-29 09:00"],
    ["left vm for Rachel, she's out till Columbus Day, will call her back the day after", beforeNationalDay, "2027-10-12 09:00"],
    ["they close for the holiday on July 5, call them the day after", endOfJune, "2027-07-06 09:00"],
    ["lunch w Pied Piper the day after MLK day", new Date("2027-01-04T01:15:00Z"), "2027-01-19 12:00"],
    ["call Initech the day after Presidents Day", new Date("2027-01-04T01:15:00Z"), "2027-02-16 09:00"],
  ])("%s → %s", (text, now, stamp) => {
    expect(followUpOf(text, now, "America/New_York")).toBe(stamp);
  });

  it.each([
    ["call them the day after tomorrow", beforeNationalDay, "2027-10-01 09:00"],
    ["met them last Tuesday, call them next Monday", beforeNationalDay, "2027-10-04 09:00"],
  ])("a day gone or 'after tomorrow' is no anchor: %s → %s", (text, now, stamp) => {
    expect(followUpOf(text, now, "America/New_York")).toBe(stamp);
  });
});
