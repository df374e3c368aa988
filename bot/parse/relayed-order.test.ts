// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/**
 * "Initech said revisit in jan" logged a note dated 1 January 2026 and no follow-up: "said" made the clause a
 * report, and a month in a report is the latest one. What the customer said is an order for later; like
 * "revisit in jan" alone, its month is followed up on its first working day (1 January is a day off).
 */
const WED = new Date("2026-12-09T07:00:00Z"); // Wed 9 Dec 02:00 New York, 15:00 Shanghai
const MAR = new Date("2026-03-18T14:00:00Z"); // Wed 18 Mar 10:00 New York

const read = (text: string, now: Date, timezone: string) => {
  const p = parseSentence(text, { now, timezone });
  return {
    followUp: p.followUp && localStamp(p.followUp.at, timezone),
    occurred: p.occurredAt && localStamp(p.occurredAt.at, timezone),
  };
};

describe("a relayed order is a plan", () => {
  it.each([
    ["Initech said revisit in jan", WED, NEW_YORK, "2027-01-04 09:00"],
    ["Initech said revisit in January", WED, NEW_YORK, "2027-01-04 09:00"],
    ["Initech said revisit in jan", WED, SHANGHAI, "2027-01-04 09:00"],
    ["Initech said to revisit in Feb", WED, NEW_YORK, "2027-02-01 09:00"],
    ["Globex said circle back in March", WED, NEW_YORK, "2027-03-01 09:00"],
    ["they told us to call back Friday", WED, NEW_YORK, "2026-12-11 09:00"],
    ["Contoso mentioned to check in next month", WED, NEW_YORK, "2027-01-04 09:00"],
    ["CFO suggested we should reconnect in January", WED, SHANGHAI, "2027-01-04 09:00"],
    ["Acme said follow up in 2 weeks", WED, NEW_YORK, "2026-12-23 09:00"],
    ["Initech said revisit in jan", MAR, NEW_YORK, "2027-01-04 09:00"],
    ["revisit in jan", MAR, NEW_YORK, "2027-01-04 09:00"],
  ])("%s", (text, now, timezone, due) => {
    expect(read(text, now, timezone).followUp).toBe(due);
  });
});

describe("near misses: what the customer reports stays a report", () => {
  it.each([
    ["Initech said they met on Monday", WED, NEW_YORK, "2026-12-07 09:00"],
    ["Globex said the meeting on Monday went well", WED, NEW_YORK, "2026-12-07 09:00"],
    ["Acme said they signed in March", WED, NEW_YORK, "2026-03-01 09:00"],
    ["Contoso asked me to reach out Monday, I did and got no answer", WED, SHANGHAI, "2026-12-07 09:00"],
  ])("%s", (text, now, timezone, at) => {
    expect(read(text, now, timezone)).toEqual({ followUp: null, occurred: at });
  });
});
