// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";
import { parseSentence } from "./parse-sentence.js";
import type { ActivityKind } from "./types.js";

const NOW = new Date("2026-12-10T14:30:00Z"); // Thursday 09:30 in New York
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "America/New_York" });

/** Probe (English Slack-style notes): each was logged as a note, or as a meeting where the rep was at the customer's. */
describe("how English reps name the kind of contact", () => {
  it.each<[string, ActivityKind]>([
    ["in-person w/ pied piper at their new office, circle back next tues", "visit"],
    ["face to face w/ fabrikam at their hq today", "visit"],
    ["f2f with globex this morning", "visit"],
    ["at pied piper's office all day for workshops", "visit"],
    ["site walk at fabrikam this morning", "visit"],
    ["met w/ contoso at their office", "visit"],
    ["met w/ contoso at their warehouse", "visit"],
    ["phone screen with acme procurement 30 min. they'll revert by the 18th", "call"],
    ["phone screen w/ initech today", "call"],
    ["sent initech the paperwork", "email"],
    // probe 18: a voicemail received is a call
    ["vm from Initech's procurement, call back this afternoon", "call"],
    ["vm from globex's cfo", "call"],
    // probe 21: at our booth is in person
    ["initech was at our booth yesterday, chatted w/ their cto for a bit", "meeting"],
    ["Globex stopped by our booth", "meeting"],
    ["initech renewal — 24 month term @ $3k/mo, sent the paperwork", "email"],
    ["sent globex a case study", "email"],
    ["caught the contoso team at the conference booth, follow up on the 15th re pricing", "meeting"],
    ["ran into fabrikam's cfo at the airport, chatted for 20 min", "meeting"],
    ["bumped into the initech cto at the summit", "meeting"],
  ])("%s → %s", (text, kind) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
  });

  it.each([
    // a phone call ordered stays an order; nothing at someone's office is visited by a call
    ["phone initech today", null],
    ["met w/ contoso", "meeting"],
  ])("%s → %s", (text, kind) => {
    expect(read(text).activity).toBe(kind);
  });
});

// Probe: "email to Sterling Cooper w/ case studies, will call monday 10am" logged only the call planned: "email to X"
// heads a note as a noun (the email went), unlike the order "email X the deck".
describe("an email to someone is a report, an order to email is a plan", () => {
  it.each([
    ["email to Sterling Cooper w/ case studies, will call monday 10am", "email", false],
    ["email to globex re pricing", "email", false],
    ["email Sterling Cooper the case studies tomorrow", "email", true],
  ] as const)("%s → %s", (text, kind, planned) => {
    const email = inferActivityIntent(text).mentions.find((m) => m.kind === kind);
    expect(email?.planned).toBe(planned);
  });
});

// Probe: "contosso webinar follow up call" logged a meeting: the follow-up after a webinar is the contact made.
describe("a follow-up after a webinar", () => {
  it.each([
    ["contosso webinar follow up call, interested in premium tier", "call"],
    ["globex webinar follow-up email sent", "email"],
    ["webinar with Globex today", "meeting"],
  ] as const)("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
});
