import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "Northwind called, they're pushing the kickoff to jan" set no follow-up: a lower-case "jan" was taken for a person.
const followUpOf = (text: string, now: Date, zone: string) => {
  const at = parseSentence(text, { now, timezone: zone }).followUp?.at;
  return at ? localStamp(at, zone).slice(0, 10) : null;
};

describe("a short month after a verb of moving + to is that month", () => {
  const december = new Date("2026-12-10T01:15:00Z");
  const april = new Date("2027-04-20T14:00:00Z");
  it.each([
    ["Northwind called, they're pushing the kickoff to jan", december, SHANGHAI, "2027-01-04"],
    ["Northwind pushed the kickoff to jan", december, SHANGHAI, "2027-01-04"],
    ["Northwind pushed the kickoff to January", december, NEW_YORK, "2027-01-04"],
    ["Globex slipped it to mar", december, NEW_YORK, "2027-03-01"],
    ["Initech moved the go-live back to feb", december, SHANGHAI, "2027-02-01"],
    ["Fabrikam delayed the rollout to jan", december, NEW_YORK, "2027-01-04"],
    ["deal pushed to mar", december, SHANGHAI, "2027-03-01"],
    ["Contoso postponed the signing to mar", april, NEW_YORK, "2028-03-01"],
    ["they're pushing it out to jan", april, SHANGHAI, "2028-01-03"],
  ])("%s → %s", (text, now, zone, day) => {
    expect(followUpOf(text, now, zone)).toBe(day);
  });

  // a person, not a month
  it.each(["talked to Jan from Globex", "talked to jan at Globex", "sent the deck to jan", "pushed the deck to jan from Globex"])("no month: %s", (text) => {
    expect(followUpOf(text, december, SHANGHAI)).toBeNull();
  });
});
