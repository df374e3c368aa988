import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, SHANGHAI } from "./test-support.js";

// Monday 2027-02-01 09:15 in Shanghai
const NOW = new Date("2027-02-01T01:15:00Z");
const followUp = (text: string) => {
  const parsed = parseDates(text, { now: NOW, timezone: SHANGHAI });
  return parsed.followUp && localStamp(parsed.followUp.at, SHANGHAI);
};

// Probe 24: "emailed Globex the revised SOW, they'll review over the weekend" was followed up on the Saturday.
describe("what the customer does over a weekend is followed up the Monday after", () => {
  it.each([
    ["emailed Globex the revised SOW, they'll review over the weekend", "2027-02-08 09:00"],
    ["sent the proposal, their CFO will look at it this weekend", "2027-02-08 09:00"],
    ["方案发过去了，客户说周末内部讨论一下", "2027-02-08 09:00"],
    ["王总周末在家看一下合同", "2027-02-08 09:00"],
  ])("%s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });

  it.each([
    // the rep's own weekend, or a weekend with a clock time, stays on the weekend
    ["we'll send it over the weekend", "2027-02-06 09:00"],
    ["周末约了华为王总打球", "2027-02-06 09:00"],
    // a day of our own named beside it is the step
    ["they will review it this weekend, f/u tuesday", "2027-02-02 09:00"],
  ])("%s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });
});
