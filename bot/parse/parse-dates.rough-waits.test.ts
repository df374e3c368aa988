// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

/** Monday 7 December 2026, 09:00 in New York and 22:00 in Shanghai. */
const NOW = new Date("2026-12-07T14:00:00Z");
const due = (text: string, zone = "America/New_York") => {
  const parsed = parseSentence(text, { now: NOW, timezone: zone });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

/** Probe: "f/u in ~3 wks", "circle back in 3ish weeks" (read as 15:00 today), "f/u 2 weeks" set no follow-up or a wrong one. */
describe("a rough wait is the wait", () => {
  it.each([
    ["f/u in ~3 weeks", "2026-12-28"],
    ["called globex, f/u in ~2wks", "2026-12-21"],
    ["call back in approx 2 weeks", "2026-12-21"],
    ["in approx. 10 days", "2026-12-17"],
    ["follow up in approximately 1 month", "2027-01-07"],
    ["circle back in 3ish weeks", "2026-12-28"],
    ["circle back in 2-ish weeks", "2026-12-21"],
    ["ping them in ≈10 days", "2026-12-17"],
    // a rough amount stays an amount; "3ish pm" stays a time
    ["budget ~50k, f/u in ~3 wks", "2026-12-28"],
    ["3ish pm works for them", "2026-12-07 15:00"],
  ])("%s → %s", (text, day) => {
    expect(due(text)?.slice(0, day.length)).toBe(day);
  });
});

describe("a follow-up step with its wait and no \"in\"", () => {
  it.each([
    ["f/u 2 weeks", "2026-12-21"],
    ["f/u 2wks", "2026-12-21"],
    ["f/u ~2wks", "2026-12-21"],
    ["called acme, circle back a couple weeks", "2026-12-21"],
    ["ping them again 10 days", "2026-12-17"],
    ["follow up 1 month", "2027-01-07"],
    ["vm'd initech, try again 3 days", "2026-12-10"],
    ["chase them a few days", "2026-12-10"],
    ["reach out again 2 months", "2027-02-07"],
  ])("%s → %s", (text, day) => {
    expect(due(text)?.slice(0, 10)).toBe(day);
  });

  it.each([
    // a wait counted from something else, or gone, is not counted from today
    ["follow-up 2 weeks ago went well", null],
    ["reach out 2 weeks before 12/24", "2026-12-10"],
    ["ping them 3 days after 12/14", "2026-12-17"],
  ])("%s → %s", (text, day) => {
    expect(due(text)?.slice(0, 10) ?? null).toBe(day);
  });
});

describe("a count before a holiday moves it, however the unit is spelled", () => {
  it.each([
    ["reach out 2 wks before christmas", "2026-12-11"],
    ["reach out 2 weeks before christmas", "2026-12-11"],
    ["2 wks before the holidays", "2026-12-10"],
    ["touch base 2 weeks after the holidays", "2027-01-18"],
    ["follow before christmas", "2026-12-24"],
  ])("%s → %s", (text, day) => {
    expect(due(text)?.slice(0, 10)).toBe(day);
  });
});

/** Probe: "contract ends 6/30, reach out 2 mos before" logged a call on 30 April 2026 and followed up on 30 June 2027. */
describe("a wait or a reminder counted from a date without a year moves with it", () => {
  it.each([
    ["contract ends 6/30, reach out 2 months before", "2027-04-30"],
    ["contract ends 6/30. reach out 2 mos before", "2027-04-30"],
    ["contract ends jun 30, reach out 2 mos before", "2027-04-30"],
    ["renewal 3/1, f/u 30 days prior", "2027-01-30"],
    ["meeting on june 30, remind me a day before", "2027-06-29"],
    ["contract ends 6/30", "2027-06-30"],
  ])("%s → %s", (text, day) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "America/New_York" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "America/New_York").slice(0, 10)).toBe(day);
    expect(parsed.occurredAt).toBeNull();
  });

  it.each([
    ["6月30号开会，提前一天提醒我", "2027-06-29 09:00"],
    ["7月1号上午10点开会 提前半小时提醒我", "2027-07-01 09:30"],
  ])("%s → %s", (text, stamp) => {
    expect(due(text, "Asia/Shanghai")).toBe(stamp);
  });
});
