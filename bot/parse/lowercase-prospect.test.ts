// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { lowercaseProspect } from "./lowercase-prospect.js";

describe("a prospect typed in lower case after a contact verb", () => {
  it.each([
    ["called dunder mifflin, they want a demo next tue", "Dunder Mifflin"],
    ["met w initrode today, good call", "Initrode"],
    ["emailed vandelay industries the deck", "Vandelay Industries"],
    ["call w hooli went well, demo next week", "Hooli"],
    ["vm'd massive dynamic twice", "Massive Dynamic"],
    ["heard back from soylent", "Soylent"],
    ["demo for stark industries tmrw 3pm", "Stark Industries"],
    ["meeting with wonka tomorrow", "Wonka"],
    ["called initech's cfo", "Initech"],
    ["spoke to procurement at hooli", "Hooli"],
    ["spoke to the cto from soylent corp today", "Soylent Corp"],
    ["emailed proposal to acme", "Acme"],
    // a name opening the message before an activity word, a colon or what the customer did
    ["hooli mtg 12/16 3pm, bring SE", "Hooli"],
    ["bluth co demo tmrw 10am", "Bluth Co"],
    ["hooli: demo went well", "Hooli"],
    ["wonka industries called, want pricing for 40 seats", "Wonka Industries"],
    ["hooli wants a quote for 75k, call them back tues", "Hooli"],
    ["globx call, no answer", "Globx"],
    ["drove up to northwind for a site walk, sending quote EOW", "Northwind"],
    ["DM'd the hooli founder on linkedin, he wants to chat next week", "Hooli"],
    // probe: a capitalized name ran on into the lower-case word after it ("Wayne Enterprises Scheduled")
    ["demo for Wayne Enterprises scheduled thursday 2pm", "Wayne Enterprises"],
    ["visited Vandelay Industries warehouse, they need 1.2M in upgrades", "Vandelay Industries"],
    ["met w/ Bank of Springfield folks", "Bank of Springfield"],
    ["called bank of springfield", "Bank of Springfield"],
    // round 2: a name heading the note before a dash comes before the person spoken to
    ["Prestige Worldwide - cold call, talked to Brennan, send info via email", "Prestige Worldwide"],
    ["Stark Industries - intro call w/ Pepper, budget ~2M USD", "Stark Industries"],
    ["vandelay industries - spoke w/ Art, they need 300/seat x 50", "Vandelay Industries"],
    ["dunder mifflin paper - spoke w/ Jan, they want a quote", "Dunder Mifflin Paper"],
  ])("%s → %s", (text, name) => {
    expect(lowercaseProspect(text)).toBe(name);
  });

  it.each([
    "called them back",
    "called back the client",
    "met with the cto",
    "called bob, he wants a quote",
    "met up with sarah",
    "called 3 prospects today",
    "called our contact there",
    "sent the quote to them",
    "emailed the deck to legal",
    "emailed the proposal",
    "Called Globex about the renewal",
    "great mtg today",
    "quick call, no answer",
    "sarah called, wants a quote",
    "team lunch today",
    "headed to lunch",
    "flew to shanghai for the expo",
    "went to the gym",
    // a capitalized given name after the verb is the person; "asking" is no name
    "talked to Brennan, he wants a demo",
    "Vandelay Industries emailed asking about bulk pricing",
    "quick call - no answer",
    "Bob - called him back",
  ])("%s → none", (text) => {
    expect(lowercaseProspect(text)).toBeNull();
  });
});

// Probe (120 Slack-style messages): "stark industries email - sent intro deck" offered "Stark Industries Email",
// "Polar Logistics call - …" "Polar Logistics Call", "initial call with Prestige Worldwide" "Initial", "met w/ Riverbend
// Hotels GM" "Riverbend Hotels G", and "cyberdyne systems zoom demo" / "nortwind traders onsite …" nothing.
describe("the kind of the note is not part of the name before it", () => {
  it.each([
    ["stark industries email - sent intro deck, f/u in 2 weeks", "Stark Industries"],
    ["Polar Logistics call - they picked the premium package", "Polar Logistics"],
    ["Gekko & Co mtg - they want a 2 yr deal, $3k/mo", "Gekko & Co"],
    ["acme corp vm - no answer", "Acme Corp"],
    ["cyberdyne systems zoom demo, 15 ppl on", "Cyberdyne Systems"],
    ["nortwind traders onsite training done, happy customer", "Nortwind Traders"],
    ["contosso webinar follow up call, interested in premium tier", "Contosso"],
    ["met w/ Riverbend Hotels GM onsite, they need 40 tablets", "Riverbend Hotels"],
    ["initial call with Prestige Worldwide, small team", "Prestige Worldwide"],
    ["email to Sterling Cooper w/ case studies, will call monday 10am", "Sterling Cooper"],
    // words that open a message without naming anyone
    ["site visit at Umbrella", null],
    ["Site visit — Pied Piper. Met Richard and Jared", null],
    ["follow-up email sent to Globex today", null],
    ["contact email is bob@acme.com", null],
    ["Bob's email is bob@acme.com", null],
  ])("%s → %s", (text, name) => {
    expect(lowercaseProspect(text)).toBe(name);
  });
});
