import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

/**
 * "renewal due Jan 15, reach out 2 weeks before": a duration with nothing after it counts from the
 * date written before it, and that step ahead of the date is the follow-up.
 */
const CASES: [string, string][] = [
  ["Acme Corp renewal due Jan 15, reach out 2 weeks before", "2027-01-01"],
  ["contract ends March 31, remind me a month before.", "2027-02-28"],
  ["Globex trial ends Dec 20, check in 3 days before", "2026-12-17"],
  ["invoice due Feb 1, send a reminder a week before", "2027-01-25"],
  ["go-live is Jan 10, follow up 2 days after", "2027-01-12"],
  // probe: the short forms of the units were read as a time ago ("2 wks before" dated the note 2 weeks back)
  ["acme corp renewal is due jan 15, reach out 2 wks before", "2027-01-01"],
  ["renewal jan 15, ping them 2 wks prior", "2027-01-01"],
  ["renewal 3/1, reach out 1 mo before", "2027-02-01"],
  ["pilot ends Jan 20, check in 1 wk before", "2027-01-13"],
];

describe("a duration after a date counts from it", () => {
  it.each(CASES)("%s → %s", (text, day) => {
    const parsed = parseSentence(text, { now: new Date("2026-11-25T02:00:00Z"), timezone: "Asia/Shanghai" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai").slice(0, 10)).toBe(day);
  });

  it.each(CASES)("%s dates no activity in the past", (text) => {
    const parsed = parseSentence(text, { now: new Date("2026-11-25T02:00:00Z"), timezone: "Asia/Shanghai" });
    expect(parsed.occurredAt === null || parsed.occurredAt.at.getTime() >= new Date("2026-11-25T02:00:00Z").getTime()).toBe(true);
  });

  it("a duration alone still counts from today", () => {
    const parsed = parseSentence("met them 2 weeks before", { now: new Date("2026-11-25T02:00:00Z"), timezone: "Asia/Shanghai" });
    expect(parsed.occurredAt && localStamp(parsed.occurredAt.at, "Asia/Shanghai").slice(0, 10)).toBe("2026-11-11");
  });
});
