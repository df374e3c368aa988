// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const WEDNESDAY_EVENING_NY = new Date("2027-11-11T01:00:00Z"); // Wed 2027-11-10 20:00 in New York
const due = (text: string, zone = "America/New_York") => {
  const parsed = parseSentence(text, { now: WEDNESDAY_EVENING_NY, timezone: zone });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

/** Probe 53: "in 3 biz days ping Pied Piper" set nothing; "week after Thanksgiving" was Thanksgiving itself. */
describe("business days in chat spelling, and a week beside a holiday", () => {
  it.each([
    ["in 3 biz days ping Pied Piper re: contract redlines", "2027-11-15 09:00"],
    ["within 2 biz days", "2027-11-12 09:00"],
    ["fwd'd the Acme security questionnaire to our infosec guy, he says 2 biz days", "2027-11-12 09:00"],
    ["next biz day send Initech the deck", "2027-11-11 09:00"],
    ["Pied Piper: great call. Next step technical deep dive, week after Thanksgiving", "2027-11-29 09:00"],
    ["circle back with Globex the week after christmas", "2027-12-27 09:00"],
    ["lock the Initech renewal the week before christmas", "2027-12-13 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
  it("a stretch of business days is no wait ahead", () => {
    expect(due("Globex was closed for 3 business days")).toBeNull();
  });
});

/** Probe 53: "Contoso's procurement deadline is 11/22, make sure we submit by the 19th" followed up on the 22nd. */
describe("our own step before their deadline is the follow-up", () => {
  it.each([
    ["Contoso's procurement deadline is 11/22, make sure we submit by the 19th", "2027-11-19 09:00"],
    ["Initech's RFP deadline is 11/30, we need to send questions by the 18th", "2027-11-18 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

/** Probe 51: "reschedule to next week. thinking Tue 1pm" was this Tuesday's 13:00, inside the week they are away. */
describe("a weekday proposed after next week is named, in its own sentence, is that week's", () => {
  const MONDAY_MORNING_NY = new Date("2027-08-02T13:00:00Z"); // Mon 2027-08-02 09:00 in New York
  const dueNy = (text: string) => {
    const parsed = parseSentence(text, { now: MONDAY_MORNING_NY, timezone: "America/New_York" });
    return parsed.followUp && localStamp(parsed.followUp.at, "America/New_York");
  };
  it.each([
    ["Contoso emailed: their team is at Black Hat in Vegas this week, reschedule to next week. thinking Tue 1pm", "2027-08-10 13:00"],
    ["call Initech next week. maybe wed", "2027-08-11 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(dueNy(text)).toBe(expected);
  });
  it("a weekday after a day gone by stays the coming one", () => {
    expect(dueNy("met Initech today. tue works for the follow-up")).toBe("2027-08-03 09:00");
  });
});
