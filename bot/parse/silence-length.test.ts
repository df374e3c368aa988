// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const NOW = new Date("2026-12-07T15:00:00Z"); // Monday 10:00 in New York
const ZONE = "America/New_York";
const due = (text: string) => {
  const parsed = parseSentence(text, { now: NOW, timezone: ZONE });
  return parsed.followUp && localStamp(parsed.followUp.at, ZONE);
};

/** Probe: "no response from initech for 2 wks, sending breakup email tmrw" followed up in two weeks, not tomorrow. */
describe("how long the customer has been silent is no date", () => {
  it.each([
    ["no response from initech for 2 wks, sending breakup email tmrw", "2026-12-08 09:00"],
    ["haven't heard from globex for 3 weeks, will call friday", "2026-12-11 09:00"],
    ["been chasing acme for a couple of weeks, try the cfo tmrw", "2026-12-08 09:00"],
    ["contoso ghosted for a month, try again next monday", "2026-12-14 09:00"],
    ["no reply for over a week", null],
    ["initech has gone quiet for 10 days", null],
    ["waiting on fabrikam for 2 weeks now", null],
  ])("%s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe("near misses: an absence or a trial still says when to come back", () => {
  it.each([
    ["they're out for 2 weeks", "2026-12-21 09:00"],
    ["pilot for 3 months then decide", "2027-03-07 09:00"],
    ["bob is away for 10 days", "2026-12-17 09:00"],
  ])("%s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});
