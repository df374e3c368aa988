import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES, plusDays, show, wallDate } from "./date-test-oracle.js";
import { firstDate, localStamp } from "./test-support.js";

const first = firstDate;

describe.each(REFERENCES)("spoken and shorthand clock times ($label)", ({ now, timezone }) => {
  const today = wallDate(now, timezone);
  const tomorrow = plusDays(today, 1);
  it.each([
    ["ring them at nine forty five", "09:45"],
    ["call back at two fifteen", "14:15"],
    ["demo at eleven oh five", "11:05"],
    ["meeting at four thirty", "16:30"],
    ["send it six twenty p m", "18:20"],
    ["pick up at seven p.m.", "19:00"],
    ["dinner eight p . m .", "20:00"],
    ["four in the morning", "04:00"],
    ["twenty-two minutes past ten", "10:22"],
    ["fifteen past nine in the morning", "09:15"],
    ["eight tonight", "20:00"],
    ["9 tonight", "21:00"],
    ["at 7 in the evening", "19:00"],
    ["5 this afternoon", "17:00"],
    ["lunch noonish", "12:00"],
    ["ping me 10ish", "10:00"],
    ["call 4ish pm", "16:00"],
    ["half four", "16:30"],
    ["half ten", "10:30"],
    ["at 14h30", "14:30"],
    ["17h15 works", "17:15"],
    ["at 16h", "16:00"],
    ["4:40p", "16:40"],
    ["9:05a", "09:05"],
    ["at 2 45", "14:45"],
    ["at 1130", "11:30"],
    ["around 845", "08:45"],
    ["1600 hours", "16:00"],
    ["at 0815", "08:15"],
    ["around midday", "12:00"],
    ["mid day", "12:00"],
    ["call @ 11", "11:00"],
    ["this afternoon @ 3", "15:00"],
    ["around 5.", "17:00"],
  ])("%s", (text, time) => {
    expect(first(text, now, timezone)).toBe(`${show(today)} ${time}*`);
  });

  it.each([
    ["tomorrow at ten fifty", "10:50"],
    ["tomorrow at seven forty-two", "07:42"],
    ["tomorrow at nineteen minutes past six", "18:19"],
    ["at 6 tomorrow evening", "18:00"],
    ["10 tomorrow morning", "10:00"],
  ])("%s is tomorrow", (text, time) => {
    expect(first(text, now, timezone)).toBe(`${show(tomorrow)} ${time}*`);
  });

  it.each(["it costs two fifty", "we sold three twenty units", "half the budget", "half an hour of prep", "about 4 people came"])(
    '"%s" has no date',
    (text) => {
      expect(parseDates(text, { now, timezone }).dates).toEqual([]);
    },
  );

  it.each([
    ["for 3h", "03:00"],
    ["blocked 2h", "14:00"],
    ["within 18h", "18:00"],
  ])('"%s" is a duration, not %s', (text, clock) => {
    for (const d of parseDates(text, { now, timezone }).dates) expect(localStamp(d.at, timezone)).not.toBe(`${show(today)} ${clock}`);
  });
});
