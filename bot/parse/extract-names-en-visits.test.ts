import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";

/**
 * A company the rep went to ("swung by Wayne Enterprises' office") is a company hint the
 * bot can offer to create; weekdays, roles, cities and pronouns never are.
 */

const VISITS: Array<[string, string]> = [
  ["swung by Wayne Enterprises' office", "Wayne Enterprises"],
  ["Swung by Wayne Enterprises' office this morning, their CEO wants a demo", "Wayne Enterprises"],
  ["stopped by Initech HQ", "Initech"],
  ["Stopped by Initech HQ on Monday to drop off samples", "Initech"],
  ["dropped in on Hooli", "Hooli"],
  ["dropped in on Hooli Tuesday afternoon, follow up next week", "Hooli"],
  ["went over to Pied Piper's office", "Pied Piper"],
  ["went over to Pied Piper's office with the VP", "Pied Piper"],
  ["met Vandelay Industries at their plant", "Vandelay Industries"],
  ["popped into Globex's new office", "Globex"],
  ["popped by Soylent Corp yesterday", "Soylent Corp"],
  ["headed over to Stark Industries for the demo", "Stark Industries"],
  ["drove out to Cyberdyne Systems on Friday", "Cyberdyne Systems"],
  ["swung by Massive Dynamic after lunch", "Massive Dynamic"],
  ["visited the Acme plant Monday", "Acme"],
  ["visited Tesla's Shanghai plant", "Tesla"],
  ["toured the Umbrella Corp facility", "Umbrella Corp"],
  ["went onsite at Dunder Mifflin", "Dunder Mifflin"],
  ["stopped by O'Reilly Media HQ", "O'Reilly Media"],
  ["came by Wonka Industries to sign", "Wonka Industries"],
  ["去了Hooli的办公室，stopped by Initech HQ after", "Initech"],
];

describe("a company the rep went to is a company hint", () => {
  it.each(VISITS)("%s", (text, company) => {
    const { companyHints, contactHints } = extractNames(text);
    expect(companyHints).toContain(company);
    expect(contactHints).not.toContain(company);
  });
});

const NOT_NAMES = ["Monday", "Friday", "CEO", "VP", "Shanghai", "their", "Their", "office", "Office", "HQ", "The"];

describe("visit sentences never give common words as names", () => {
  it.each([
    "stopped by the Shanghai office on Friday",
    "went to Shanghai to see the VP",
    "went over to their office Monday",
    "swung by the office, CEO was out",
    "dropped in on Monday with the CEO",
    "stopped by CEO office",
    "went to NYC for the roadshow",
    "headed to London, then Paris",
    "stopped by the VP's office",
    "went back to Monday's notes",
    "visited their HQ in Shanghai on Friday",
  ])("%s", (text) => {
    const { companyHints, contactHints } = extractNames(text);
    for (const word of NOT_NAMES) {
      expect(companyHints).not.toContain(word);
      expect(contactHints).not.toContain(word);
    }
    expect(companyHints.filter((h) => /shanghai|london|paris|nyc|monday|friday/iu.test(h))).toEqual([]);
  });
});
