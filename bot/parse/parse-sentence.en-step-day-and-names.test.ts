// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const TUE = new Date("2026-12-08T14:20:00Z"); // Tuesday 09:20 in New York
const ZONE = "America/New_York";
const read = (text: string, names: string[] = []) => {
  const p = parseSentence(text, { now: TUE, timezone: ZONE, names });
  return { planned: p.planned, occurred: p.occurredAt ? localStamp(p.occurredAt.at, ZONE) : null, followUp: p.followUp ? localStamp(p.followUp.at, ZONE) : null };
};

// Probe round 2: "Oscorp meeting went great … follow up the 18th" logged the meeting on 18 November with no follow-up;
// "Pied Piper demo Monday 11am w/ Richard and Jared" (Tuesday) a demo held yesterday ("Jared" read as a past form).
describe("a day of the month right after a step is ahead, in a clause that reports", () => {
  it.each([
    ["Oscorp meeting went great norman wants a pilot for the R&D team about 75k follow up the 18th", "2026-12-18 09:00"],
    ["Globex meeting went great follow up the 18th", "2026-12-18 09:00"],
    ["call went well, circle back on the 21st", "2026-12-21 09:00"],
  ])("%s", (text, followUp) => {
    expect(read(text)).toMatchObject({ occurred: null, followUp });
  });
  it("a day reported stays the latest one", () => {
    expect(read("Globex signed on the 3rd").occurred).toBe("2026-12-03 09:00");
  });
});

describe("a name ending in -ed is no past form", () => {
  it.each([
    ["Pied Piper demo Monday 11am w/ Richard and Jared", "2026-12-14 11:00"],
    ["Pied Piper lunch Friday with Ted", "2026-12-11 12:00"],
  ])("%s", (text, followUp) => {
    expect(read(text, ["Pied Piper"])).toMatchObject({ planned: true, followUp });
  });
});
