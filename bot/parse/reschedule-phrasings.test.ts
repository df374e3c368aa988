// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const NOW = new Date("2026-12-09T15:00:00Z"); // Wednesday 10:00 in New York
const ZONE = "America/New_York";

/**
 * Probe: reschedules that kept the old day or set none: "Thursday's review is now Monday 3pm" followed up on
 * Thursday; "asked to postpone the kickoff from Dec 14 to Jan 5" logged the kickoff as held, due Dec 14;
 * "Rebooked for Friday same time" read Friday as last Friday.
 */
describe("the new day of a moved appointment is the follow-up", () => {
  it.each([
    ["Fabrikam rescheduled: Thursday's review is now Monday 3pm", "2026-12-14 15:00"],
    ["Acme Corp asked to postpone the kickoff from Dec 14 to Jan 5", "2027-01-05 09:00"],
    ["Northwind Traders no-showed yesterday's 9am call. Rebooked for Friday same time.", "2026-12-11 09:00"],
    ["rebooked for friday 9am", "2026-12-11 09:00"],
    ["globex moved it to tue", "2026-12-15 09:00"],
  ])("%s → %s", (text, expected) => {
    const parsed = parseSentence(text, { now: NOW, timezone: ZONE });
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE)).toBe(expected);
  });
  it("the appointment moved was not held", () => {
    expect(parseSentence("Acme Corp asked to postpone the kickoff from Dec 14 to Jan 5", { now: NOW, timezone: ZONE }).planned).toBe(true);
  });
  it.each(["met them on friday", "called globex friday, they want a quote"])("%s still reports last Friday", (text) => {
    const parsed = parseSentence(text, { now: NOW, timezone: ZONE });
    expect(parsed.occurredAt && localStamp(parsed.occurredAt.at, ZONE).slice(0, 10)).toBe("2026-12-04");
  });
});
