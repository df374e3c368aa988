// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/**
 * "emailed the SOW to Northwind Traders, waiting on legal ~2 weeks" and "Initech said 3-4 weeks for legal review"
 * set no follow-up. The time a customer still needs is when to follow up (docs/dates.md); a count range is read at
 * its upper end, the time they gave themselves, as 一两天 / 三四周 already are (ranged-count-upper.ts).
 */
const WED = new Date("2026-12-09T07:00:00Z"); // Wed 9 Dec 15:00 Shanghai, 02:00 New York

const follow = (text: string, timezone = SHANGHAI): string | null => {
  const f = parseSentence(text, { now: WED, timezone }).followUp;
  return f ? localStamp(f.at, timezone) : null;
};

describe("a wait the customer gave is the follow-up", () => {
  it.each([
    ["emailed the SOW to Northwind Traders, waiting on legal ~2 weeks", SHANGHAI, "2026-12-23 09:00"],
    ["emailed the SOW to Northwind Traders, waiting on legal ~2 weeks", NEW_YORK, "2026-12-23 09:00"],
    ["waiting on procurement about a month", SHANGHAI, "2027-01-09 09:00"],
    ["pending legal approval ~3 weeks", SHANGHAI, "2026-12-30 09:00"],
    ["Acme said 2 weeks for legal review", SHANGHAI, "2026-12-23 09:00"],
    ["Globex said 2 weeks to decide", NEW_YORK, "2026-12-23 09:00"],
    ["Globex legal estimated about 3 weeks for review", SHANGHAI, "2026-12-30 09:00"],
    ["Initech said 3-4 weeks for legal review", SHANGHAI, "2027-01-06 09:00"],
    ["Initech said 3-4 weeks for legal review", NEW_YORK, "2027-01-06 09:00"],
    ["legal review takes 3-4 weeks", SHANGHAI, "2027-01-06 09:00"],
    ["follow up in 3-4 weeks", SHANGHAI, "2027-01-06 09:00"],
    ["follow up in 3 to 4 weeks", NEW_YORK, "2027-01-06 09:00"],
    ["call back in 2-3 days", SHANGHAI, "2026-12-12 09:00"],
    // "wks" as reps type it (probe: each set no follow-up)
    ["acme: legal review ~3 wks", NEW_YORK, "2026-12-30 09:00"],
    ["fabrikam procurement takes 2 wks", NEW_YORK, "2026-12-23 09:00"],
    ["initech needs ~3 wks to sign", NEW_YORK, "2026-12-30 09:00"],
    ["contoso security review will take 3 wks", NEW_YORK, "2026-12-30 09:00"],
    // the Chinese count range, for comparison
    ["对方说三四周后再联系", SHANGHAI, "2027-01-06 09:00"],
  ])("%s", (text, timezone, due) => {
    expect(follow(text, timezone)).toBe(due);
  });
});

describe("near misses: what took time, work and terms set no follow-up", () => {
  it.each([
    "legal review took about 2 weeks",
    "they said 6 weeks for delivery",
    "implementation takes 3-4 weeks",
  ])("%s", (text) => {
    expect(follow(text)).toBeNull();
  });
  it("a range ago stays ago", () => {
    const p = parseSentence("met them 2-3 weeks ago", { now: WED, timezone: SHANGHAI });
    expect(p.followUp).toBeNull();
    expect(p.occurredAt && localStamp(p.occurredAt.at, SHANGHAI)).toBe("2026-11-18 09:00");
  });
});
