// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/**
 * Probe (English Slack shorthand): "call w initech, f/u 8th" set no follow-up, "called acme yest" was dated today,
 * "f/u xmas eve" was Christmas Day, and "acme vm" / "vm for contoso" were notes.
 */
const MON = new Date("2026-12-07T01:30:00Z"); // Mon 7 Dec 09:30 in Shanghai
const read = (text: string) => {
  const p = parseSentence(text, { now: MON, timezone: SHANGHAI });
  return {
    activity: p.activity,
    followUp: p.followUp ? localStamp(p.followUp.at, SHANGHAI) : null,
    occurredAt: p.occurredAt ? localStamp(p.occurredAt.at, SHANGHAI).slice(0, 10) : null,
  };
};

describe("a bare ordinal after a follow-up cue is that day of the month", () => {
  it.each([
    ["call w initech, f/u 8th", "2026-12-08 09:00"],
    ["follow up 21st", "2026-12-21 09:00"],
    ["send quote by 22nd", "2026-12-22 09:00"],
    ["emailed Globex, f/u 3rd", "2027-01-03 09:00"],
  ])("%s", (text, due) => {
    expect(read(text).followUp).toBe(due);
  });
  it.each(["call w initech, f/u 8th floor", "meeting on 3rd floor", "came 2nd in the bake-off"])("no date: %s", (text) => {
    expect(read(text).followUp).toBeNull();
  });
});

describe("yest is yesterday", () => {
  it.each([
    ["called acme yest", "call", "2026-12-06"],
    ["emailed initech yest", "email", "2026-12-06"],
  ])("%s", (text, activity, day) => {
    expect(read(text)).toMatchObject({ activity, occurredAt: day });
  });
});

describe("xmas eve is the 24th", () => {
  it.each(["f/u xmas eve", "f/u on xmas eve"])("%s", (text) => {
    expect(read(text).followUp).toBe("2026-12-24 09:00");
  });
});

describe("a voicemail left, in two letters", () => {
  it.each(["vm for contoso", "acme vm", "acme vm, f/u this fri", "acme corp vm - no answer"])("%s", (text) => {
    expect(read(text).activity).toBe("call");
  });
  it.each(["the vm setup for acme is done"])("not a call: %s", (text) => {
    expect(read(text).activity).toBeNull();
  });
});

/** Probe: "send proposal Monday 3) legal" followed up on Monday 3 May 2027: the next list item's number made a date. */
describe("a weekday followed by a count or a list number is the coming weekday", () => {
  const FRI = new Date("2026-12-04T07:30:00Z"); // Fri 4 Dec 15:30 in Shanghai
  const due = (text: string) => {
    const f = parseSentence(text, { now: FRI, timezone: SHANGHAI }).followUp;
    return f ? localStamp(f.at, SHANGHAI) : null;
  };
  it.each([
    ["Met Contoso: 1) budget ok 2) send proposal Monday 3) legal", "2026-12-07 09:00"],
    ["Met Contoso, follow up Monday, 3 stakeholders", "2026-12-07 09:00"],
    ["send deck Friday 2) pricing", "2026-12-11 09:00"],
    ["call Monday 14", "2026-12-14 09:00"],
    ["call Monday 14th", "2026-12-14 09:00"],
  ])("%s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});
