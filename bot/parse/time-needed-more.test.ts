import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "called Fabrikam yesterday afternoon, they want 2 more weeks" set no follow-up: only "need 2 weeks" was read as a wait.
const followUpOf = (text: string, now: Date, zone: string) => {
  const at = parseSentence(text, { now, timezone: zone }).followUp?.at;
  return at ? localStamp(at, zone).slice(0, 10) : null;
};

describe("time the customer still wants or is given is the follow-up", () => {
  const thu = new Date("2026-12-10T01:15:00Z"); // Thu 10 Dec Shanghai, Wed 9 Dec New York
  it.each([
    ["called Fabrikam yesterday afternoon, they want 2 more weeks", NEW_YORK, "2026-12-23"],
    ["called Fabrikam yesterday afternoon, they need 2 more weeks", NEW_YORK, "2026-12-23"],
    ["Fabrikam needs another 2 weeks", NEW_YORK, "2026-12-23"],
    ["Globex asked for 3 more days", SHANGHAI, "2026-12-13"],
    ["Globex asked for another week to decide", NEW_YORK, "2026-12-16"],
    ["Initech needs 2 extra weeks for legal review", SHANGHAI, "2026-12-24"],
    ["顺丰说给他们两周时间", SHANGHAI, "2026-12-24"],
    ["顺丰说再给两周", SHANGHAI, "2026-12-24"],
    ["顺丰说再给我们两周时间考虑", SHANGHAI, "2026-12-24"],
    ["比亚迪要我们再等一周", SHANGHAI, "2026-12-17"],
    ["小米说还需要两周", NEW_YORK, "2026-12-23"],
  ])("%s → %s", (text, zone, day) => {
    expect(followUpOf(text, thu, zone)).toBe(day);
  });

  // terms, a count, time spent, time already given: no follow-up
  it.each([
    "Initech wants 30 days to pay",
    "Initech wants 2 more seats",
    "Initech wants 2 more weeks of trial",
    "spent 2 more weeks on the rollout",
    "they want 2 weeks payment terms",
    "给了他们两周时间",
    "顺丰要两周的试用",
  ])("no follow-up: %s", (text) => {
    expect(followUpOf(text, thu, SHANGHAI)).toBeNull();
  });
});
