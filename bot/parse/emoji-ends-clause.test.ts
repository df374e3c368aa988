// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/**
 * "Contoso demo went great 👍 sending quote monday" gave no follow-up: the clause around "monday" ran over the emoji
 * into "went great", so the weekday was read as reported (last Monday). An emoji ends a clause, as a comma does.
 */
const WED_SHANGHAI = new Date("2026-12-09T07:00:00Z"); // Wed 9 Dec 15:00 in Shanghai
const FRI_NEW_YORK = new Date("2026-12-11T15:00:00Z"); // Fri 11 Dec 10:00 in New York

const follow = (text: string, now: Date, timezone: string): string | null => {
  const f = parseSentence(text, { now, timezone }).followUp;
  return f ? localStamp(f.at, timezone) : null;
};
const occurred = (text: string, now: Date, timezone: string): string | null => {
  const o = parseSentence(text, { now, timezone }).occurredAt;
  return o ? localStamp(o.at, timezone) : null;
};

describe("an emoji ends the reported clause: the plan after it is ahead", () => {
  it.each([
    ["Contoso demo went great 👍 sending quote monday", WED_SHANGHAI, SHANGHAI, "2026-12-14 09:00"],
    ["Contoso demo went great 👍 sending quote on Monday", WED_SHANGHAI, SHANGHAI, "2026-12-14 09:00"],
    ["Contoso demo went great 👍sending quote monday", WED_SHANGHAI, SHANGHAI, "2026-12-14 09:00"],
    ["met Globex 🙌 sending pricing Friday", WED_SHANGHAI, SHANGHAI, "2026-12-11 09:00"],
    ["demo went well 🎉 call them thursday", WED_SHANGHAI, SHANGHAI, "2026-12-10 09:00"],
    ["called Initech ✅ sending the deck tuesday", WED_SHANGHAI, SHANGHAI, "2026-12-15 09:00"],
    ["spoke with Acme Corp ☺ following up monday", WED_SHANGHAI, SHANGHAI, "2026-12-14 09:00"],
    ["Contoso demo went great 👍 sending quote monday", FRI_NEW_YORK, NEW_YORK, "2026-12-14 09:00"],
    ["Globex call went well 👍 proposal wednesday", FRI_NEW_YORK, NEW_YORK, "2026-12-16 09:00"],
  ])("%s", (text, now, timezone, due) => {
    expect(follow(text, now, timezone)).toBe(due);
  });
});

describe("near misses: a report on either side of an emoji keeps its day", () => {
  it.each([
    // the weekday sits in the reported clause, before the emoji
    ["met Globex monday 👍 good call", WED_SHANGHAI, SHANGHAI, "2026-12-07 09:00"],
    ["called Contoso on Monday 👍", WED_SHANGHAI, SHANGHAI, "2026-12-07 09:00"],
    // after the emoji, but reported
    ["great news 🎉 Initech signed on Monday", WED_SHANGHAI, SHANGHAI, "2026-12-07 09:00"],
  ])("%s", (text, now, timezone, at) => {
    expect(occurred(text, now, timezone)).toBe(at);
    expect(follow(text, now, timezone)).toBeNull();
  });
});
