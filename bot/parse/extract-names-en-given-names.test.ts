import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");
const names = (text: string) => {
  const r = parseSentence(text, { now, timezone: "America/New_York" });
  return { companies: r.companyHints, contacts: r.contactHints };
};

// A common given name that acts ("Sarah wants…") or sits at an organisation ("Nina from Globex") is a
// person; an unknown capitalized word in the same place ("Globex wants…") is a customer.
describe("a given name acting in the sentence", () => {
  it.each([
    ["Sarah wants a quote", [], ["Sarah"]],
    ["Nina loved the demo", [], ["Nina"]],
    ["Nina from Globex loved the demo", ["Globex"], ["Nina"]],
    ["Sarah at Initech wants a quote by Friday", ["Initech"], ["Sarah"]],
    ["Tom Baker said they will sign next week", [], ["Tom Baker"]],
    ["Hooli: Priya just confirmed the pilot", ["Hooli"], ["Priya"]],
    ["spoke with Tom from Acme", ["Acme"], ["Tom"]],
    // probe: "spoke to Bob" offered to create a customer called Bob
    ["spoke to Bob, he'll get back to us next week", [], ["Bob"]],
    ["talked to Sarah, she'll send the PO next week", [], ["Sarah"]],
    ["called Hooli", ["Hooli"], []],
    // not a given name: stays a customer
    ["Globex wants a quote", ["Globex"], []],
    ["Initech loved the demo", ["Initech"], []],
    // everyday words that are also names never become people
    ["Will send the quote Friday to Hooli", ["Hooli"], []],
  ])("%s", (text, companies, contacts) => {
    expect(names(text)).toEqual({ companies, contacts });
  });
});
