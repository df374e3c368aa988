// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// Probe 19: "vm'd pied piper twice today. try again first thing" set no follow-up, and "call acme in the morning re
// contract redlines", typed at 19:30, logged a call held that morning.
const read = (text: string, local: string, zone: string) => {
  const p = parseSentence(text, { now: instantAt(local, zone), timezone: zone });
  return {
    followUp: p.followUp ? localStamp(p.followUp.at, zone) : null,
    occurredAt: p.occurredAt ? localStamp(p.occurredAt.at, zone) : null,
    planned: p.planned,
  };
};

describe("first thing: the next working morning at 9:00", () => {
  it.each([
    ["vm'd pied piper twice today. try again first thing", "2026-12-08T19:30", NEW_YORK, "2026-12-09 09:00"],
    ["call globex first thing", "2026-12-08T19:30", NEW_YORK, "2026-12-09 09:00"],
    ["send Initech the redlines first thing in the morning", "2026-12-08T16:00", NEW_YORK, "2026-12-09 09:00"],
    // said on a Friday afternoon: Monday
    ["call globex first thing", "2027-01-08T17:20", SHANGHAI, "2027-01-11 09:00"],
    // said before nine: this morning
    ["call globex first thing", "2026-12-08T07:30", NEW_YORK, "2026-12-08 09:00"],
    // a day named is that day's first thing
    ["call globex first thing monday", "2026-12-08T19:30", NEW_YORK, "2026-12-14 09:00"],
    ["call globex first thing tomorrow", "2026-12-08T19:30", NEW_YORK, "2026-12-09 09:00"],
  ])("%s (at %s) → %s", (text, local, zone, due) => {
    expect(read(text, local, zone).followUp).toBe(due);
  });
});

describe("in the morning, said after noon with nothing done: tomorrow's", () => {
  it.each([
    ["call acme in the morning re contract redlines", "2026-12-08T19:30", NEW_YORK, "2026-12-09 09:00"],
    ["meet Globex in the morning", "2027-01-08T15:00", SHANGHAI, "2027-01-09 09:00"],
  ])("%s (at %s) → %s", (text, local, zone, due) => {
    expect(read(text, local, zone)).toMatchObject({ followUp: due, planned: true });
  });

  it.each([
    ["called acme in the morning", "2026-12-08T19:30", NEW_YORK, "2026-12-08 09:00"],
    ["met Globex in the morning, they liked the demo", "2026-12-08T15:00", NEW_YORK, "2026-12-08 09:00"],
  ])("told as done, it is this morning: %s", (text, local, zone, held) => {
    expect(read(text, local, zone).occurredAt).toBe(held);
  });

  it("before noon it may still be this morning", () => {
    expect(read("call acme in the morning", "2026-12-08T07:00", NEW_YORK).followUp).toBe("2026-12-08 09:00");
  });
});
