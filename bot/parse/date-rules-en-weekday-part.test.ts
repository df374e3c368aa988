// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// Probe 22: "left vm w/ fabrikam procurement, trying again wed am" and "chase mon am if no reply" set no follow-up
// ("wed am" was no date at all), and "call fri pm" was Friday at 9:00.
const followUp = (text: string, local: string, zone: string) => {
  const p = parseSentence(text, { now: instantAt(local, zone), timezone: zone });
  return p.followUp ? localStamp(p.followUp.at, zone) : null;
};

describe("a weekday with am or pm", () => {
  it.each([
    ["left vm w/ fabrikam procurement, trying again wed am", "2027-01-04T19:50", NEW_YORK, "2027-01-06 09:00"],
    ["emailed acme the proposal, $45k, chase mon am if no reply", "2027-01-05T08:50", SHANGHAI, "2027-01-11 09:00"],
    ["call fri pm", "2027-01-05T08:50", SHANGHAI, "2027-01-08 14:00"],
    ["call next wed am", "2027-01-05T08:50", SHANGHAI, "2027-01-13 09:00"],
    ["ping Globex thurs am", "2027-01-05T08:50", SHANGHAI, "2027-01-07 09:00"],
    // the same weekday: today while its morning is ahead, else next week's
    ["call Globex tue am", "2027-01-05T08:50", SHANGHAI, "2027-01-05 09:00"],
    ["call Globex tue am", "2027-01-05T15:00", SHANGHAI, "2027-01-12 09:00"],
  ])("%s (at %s) → %s", (text, local, zone, due) => {
    expect(followUp(text, local, zone)).toBe(due);
  });
});
