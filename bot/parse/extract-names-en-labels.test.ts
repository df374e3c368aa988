import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";

/** A rep's note often opens with the customer as a label: "New lead: Initech, …", "Hooli — met at the expo". */
describe("a customer named as the label of a note", () => {
  it.each([
    ["New lead: Initech, met at the trade show, follow up Monday", "Initech"],
    ["Lead: Massive Dynamic", "Massive Dynamic"],
    ["new prospect - Vandelay Industries, wants a demo", "Vandelay Industries"],
    ["Customer: Wayne Enterprises. Called about renewal", "Wayne Enterprises"],
    ["Initech, met at the trade show", "Initech"],
    ["Hooli — met their CTO at the expo", "Hooli"],
    ["Pied Piper: called, no answer", "Pied Piper"],
    // probe 10: a question the note heads
    ["Globex Q: CFO asked whether we can do quarterly billing", "Globex"],
    ["Soylent, emailed the deck", "Soylent"],
    ["Lead: Initech wants a demo", "Initech"],
    ["NEW LEAD: Hooli", "Hooli"],
    // the label, then anything (found in a new-user run: asked which customer)
    ["Hooli: demo went great, champion is Gavin, decision in Q1", "Hooli"],
    ["Initech — budget approved for Q1", "Initech"],
    ["Pied Piper - pricing looks fine to them", "Pied Piper"],
    ["Vandelay Industries: next step is a security review", "Vandelay Industries"],
  ])("%s → %s", (text, company) => {
    expect(extractNames(text).companyHints).toContain(company);
    expect(extractNames(text).companyHints.every((h) => !/\b(?:wants|met|called|emailed)\b/u.test(h))).toBe(true);
  });

  it.each([
    "Great, called them back",
    "Yesterday, met at the office",
    "Note: called back",
    "Update: sent the deck",
    "Monday, called the client",
    "Reminder: send the deck",
    "Q1: pipeline review",
    "FYI: pricing changes next month",
    "Next steps: send the quote",
  ])("a word that only opens the sentence is no customer: %s", (text) => {
    expect(extractNames(text).companyHints).toEqual([]);
  });
});

/** "called Northwind Traders": a capitalised name ending in a business word is a customer, not a person. */
describe("a name ending in a business word is a customer", () => {
  it.each([
    ["called Northwind Traders, they want a quote", "Northwind Traders"],
    ["met Contoso Enterprises yesterday", "Contoso Enterprises"],
    ["emailed Fabrikam Motors the deck", "Fabrikam Motors"],
    ["spoke with Litware Services about renewal", "Litware Services"],
    ["visited Tailspin Airlines", "Tailspin Airlines"],
  ])("%s → %s", (text, company) => {
    const names = extractNames(text);
    expect(names.companyHints).toContain(company);
    expect(names.contactHints).not.toContain(company);
  });

  it("a person stays a person", () => {
    expect(extractNames("called John Smith about the renewal").contactHints).toContain("John Smith");
  });
});

// "umbrella corp reached out via email, want a demo next week" was not understood: no customer offered.
describe("a message opening with a company in lower case, named by its legal form", () => {
  it.each([
    ["umbrella corp reached out via email, want a demo next week", "Umbrella Corp"],
    ["acme inc called, wants pricing", "Acme Inc"],
    ["globex llc signed the nda", "Globex Llc"],
  ])("%s → %s", (text, company) => {
    expect(extractNames(text).companyHints).toContain(company);
  });

  it.each([
    "the corp called back",
    "our inc. numbers look fine",
    "some corp guy called, didn't leave a name",
    "big corp accounts need more attention this quarter",
  ])("%s → no company", (text) => {
    expect(extractNames(text).companyHints).toEqual([]);
  });
});

// Probe 27: "Dunder Mifflin cold call, no answer" and "Oscorp just called (early bird)" offered no customer to create.
describe("a new customer opening the message, then the kind of contact or an adverb before the verb", () => {
  it.each([
    ["Dunder Mifflin cold call, no answer, try again after New Year", "Dunder Mifflin"],
    ["Hooli intro call went well", "Hooli"],
    ["Vandelay Industries site visit done", "Vandelay Industries"],
    ["Oscorp just called (early bird), inbound lead, wants a demo in 2 wks", "Oscorp"],
    ["Hooli finally signed the NDA", "Hooli"],
  ])("%s → %s", (text, company) => {
    expect(extractNames(text).companyHints).toContain(company);
  });

  it.each(["Great call with the team", "Monday meeting moved", "Quick call, no answer", "Great just called"])("%s → no such company", (text) => {
    expect(extractNames(text).companyHints.filter((c) => /^(?:Great|Monday|Quick)\b/u.test(c))).toEqual([]);
  });
});

// Probe 24 on a fresh clone: "Northwind at 3 tmrw" with no such customer offered only the recent ones.
describe("a name opening the message, then only a time (an appointment)", () => {
  it.each([
    ["Northwind at 3 tmrw", "Northwind"],
    ["Hooli at 3pm tomorrow", "Hooli"],
    ["Hooli tmrw 3pm", "Hooli"],
  ])("%s → %s", (text, company) => {
    expect(extractNames(text).companyHints).toContain(company);
  });

  it.each(["Lunch at 12", "Call @ 3", "Monday at 3 with Bob", "Meeting at 3 tmrw"])("%s → no company", (text) => {
    expect(extractNames(text).companyHints).toEqual([]);
  });
});
