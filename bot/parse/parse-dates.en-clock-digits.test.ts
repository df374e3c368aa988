// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const NOW = new Date("2026-12-10T14:30:00Z"); // Thursday 09:30 in New York
const ZONE = "America/New_York";
const read = (text: string) => parseSentence(text, { now: NOW, timezone: ZONE });
const stamp = (d: { at: Date } | null) => d && localStamp(d.at, ZONE);

/** Probe: "call initech 12/17 1030" logged a call in the year 1030; "call contoso tmrw 1030" followed up at 09:00. */
describe("four digits after a day are a 24-hour clock time", () => {
  it.each([
    ["call initech 12/17 1030", "2026-12-17 10:30"],
    ["mtg w/ fabrikam 12/15 1400", "2026-12-15 14:00"],
    ["contoso mtg moved to 12/17 1030", "2026-12-17 10:30"],
    ["call contoso tmrw 1030", "2026-12-11 10:30"],
    ["demo for initech on the 16th 0930", "2026-12-16 09:30"],
    ["meeting 12/17 at 1500", "2026-12-17 15:00"],
    ["call them fri 1400 hrs", "2026-12-11 14:00"],
  ])("%s → %s", (text, expected) => {
    const parsed = read(text);
    expect(stamp(parsed.followUp)).toBe(expected);
    expect(parsed.occurredAt).toBeNull();
  });

  it.each([
    // a year near today stays a year; a count stays a count
    ["renewal 12/17 2027", "2027-12-17 09:00"],
    ["order 12/17 1500 units", "2026-12-17 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(stamp(read(text).followUp)).toBe(expected);
  });

  it("a report keeps its day and time", () => {
    expect(stamp(read("met them 12/7 1400").occurredAt)).toBe("2026-12-07 14:00");
  });
});

/** Probe: "globex demo this coming tues @ 3" logged a demo held last Tuesday. */
describe("this coming weekday is the next one to come", () => {
  it.each([
    ["globex demo this coming tues @ 3", "2026-12-15 15:00"],
    ["call initech this coming wed", "2026-12-16 09:00"],
    ["fabrikam mtg this coming tues at 3pm", "2026-12-15 15:00"],
    ["fabrikam mtg this coming tuesday at 3pm", "2026-12-15 15:00"],
    ["call them this coming fri", "2026-12-11 09:00"],
    ["meeting the upcoming monday", "2026-12-14 09:00"],
  ])("%s → %s", (text, expected) => {
    const parsed = read(text);
    expect(stamp(parsed.followUp)).toBe(expected);
    expect(parsed.occurredAt).toBeNull();
  });
});
