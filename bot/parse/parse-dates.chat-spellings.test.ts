// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const NOW = new Date("2026-12-07T15:00:00Z"); // Monday 10:00 in New York
const ZONE = "America/New_York";
const due = (text: string) => {
  const parsed = parseSentence(text, { now: NOW, timezone: ZONE });
  return parsed.followUp && localStamp(parsed.followUp.at, ZONE).slice(0, 10);
};

/** Probe: "f/u thrusday" and "postponed till after CNY" set no follow-up. */
describe("weekday typos are the day", () => {
  it.each([
    ["calld fabrikam, they r intrested in the premium tier, f/u thrusday", "2026-12-10"],
    ["call them wensday", "2026-12-09"],
    ["demo moved to wendsday", "2026-12-09"],
    ["meeting on firday 3pm", "2026-12-11"],
    ["tuseday works for acme", "2026-12-08"],
    ["ping globex mondy", "2026-12-14"],
    // the right spellings stay what they were
    ["follow up tuesday", "2026-12-08"],
    ["follow up thursday", "2026-12-10"],
    ["follow up wednesday", "2026-12-09"],
  ])("%s → %s", (text, day) => {
    expect(due(text)).toBe(day);
  });
});

describe("CNY after a word of time is the Spring Festival", () => {
  it.each([
    ["Globex call went ok. decision postponed till after CNY", true],
    ["push for signature before CNY", true],
    ["quote 2.5M CNY, they decide friday", false],
    ["pricing in CNY after all", false],
  ])("%s", (text, festival) => {
    const day = due(text);
    expect(day !== null && day >= "2027-01-25" && day <= "2027-02-28").toBe(festival);
  });
});

/** Probe: "called initech - f/u friday" logged a call last Friday and set no follow-up (a comma worked). */
describe("a weekday after f/u is the coming one, after a dash as after a comma", () => {
  it.each([
    ["called initech - f/u friday", "2026-12-11"],
    ["- called initech - they need a w9 - f/u fri", "2026-12-11"],
    ["emailed contoso - f/u mon", "2026-12-14"],
    ["met globex - fu tues", "2026-12-08"],
    ["called initech, f/u friday", "2026-12-11"],
  ])("%s → %s", (text, day) => {
    expect(due(text)).toBe(day);
    expect(parseSentence(text, { now: NOW, timezone: ZONE }).occurredAt).toBeNull();
  });
});
