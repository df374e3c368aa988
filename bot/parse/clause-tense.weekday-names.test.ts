import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

// A weekday written out in full points ahead like "Fri" or "on Thursday" did: "intro call Thursday" plans the
// call (it was logged as a call made today with a follow-up on Thursday). A past word in the clause still reports.
const now = new Date("2026-12-02T02:00:00Z"); // Wednesday 10:00 in Shanghai
const read = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });

describe("a full weekday name with no past word plans the activity", () => {
  it.each([
    ["intro call Thursday", "call"],
    ["got a referral from Acme to Initrode Inc, intro call Thursday", "call"],
    ["demo with Globex Tuesday 3pm", "meeting"],
    ["Initech discovery call Wednesday 4pm", "call"],
    ["site visit at Hooli Saturday", "visit"],
  ])("%s", (text, kind) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
    expect(parsed.followUp).not.toBeNull();
  });

  it.each(["had a demo with Globex Tuesday", "Globex demo Thursday went well", "called Initech Wednesday, no answer"])(
    "a report stays a report: %s",
    (text) => {
      expect(read(text).planned).toBe(false);
    },
  );
});

describe("penciled in / tentatively: a plan, not a report", () => {
  it.each([
    ["Woodgrove Bank's treasury team wants a demo, penciled in for Tuesday 10am", "2026-12-08T02:00:00.000Z"],
    ["pencilled in a call with Acme for Friday", "2026-12-04T01:00:00.000Z"],
    ["tentatively booked a demo with Globex Thursday", "2026-12-03T01:00:00.000Z"],
  ])("%s → follow-up %s", (text, at) => {
    expect(read(text).followUp?.at.toISOString()).toBe(at);
  });
});
