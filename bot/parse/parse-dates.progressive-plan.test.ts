// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

/** Monday 7 December 2026, 09:00 in New York. */
const NOW = new Date("2026-12-07T14:00:00Z");
const ZONE = "America/New_York";

/** Probe: "sending proposal to acme this week" said on Monday set no follow-up ("will send … this week" did). */
describe("a deliverable in the progressive with a period under way is our plan", () => {
  it.each([
    ["sending proposal to acme this week", true],
    ["called acme, sending quote this week", true],
    ["submitting the rfp response this week", true],
    ["finalizing the SOW this week", true],
    // a report of what went on, or no period at all
    ["been sending them emails all this week", false],
    ["was drafting the proposal this week, almost done", false],
  ])("%s → follow-up %s", (text, planned) => {
    const parsed = parseSentence(text, { now: NOW, timezone: ZONE });
    expect(parsed.followUp !== null && parsed.followUp.at.getTime() > NOW.getTime()).toBe(planned);
  });

  it("is followed up like the same plan said with will", () => {
    const progressive = parseSentence("sending proposal to acme this week", { now: NOW, timezone: ZONE });
    const will = parseSentence("will send acme the proposal this week", { now: NOW, timezone: ZONE });
    expect(progressive.followUp?.at).toEqual(will.followUp?.at);
  });
});
