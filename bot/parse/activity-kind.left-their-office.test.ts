// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivity, inferActivityIntent } from "./infer-activity.js";

/** Probe (English Slack reps): kinds that were read wrongly or not at all. */
describe("leaving or walking into the customer's office is a visit", () => {
  it.each([
    "so I just left the Contoso office they are really keen",
    "walked in to pied piper's office unannounced lol, richard was there, good chat",
    "just left the northwind traders office",
    "left the globex hq, great mtg",
    "walked over to their office after lunch, they signed",
  ])("%s", (text) => {
    expect(inferActivity(text)).toBe("visit");
  });
  it.each(["left the office early today", "left a voicemail for bob"])("%s is no visit", (text) => {
    expect(inferActivity(text)).not.toBe("visit");
  });
});

describe("a conversation had with the customer is a call", () => {
  it.each([
    "had a great conv with the globex team, they asked us to come onsite the week of the 14th",
    "had a good convo w/ initech about pricing",
    "just had a quick chat with acme's cfo",
  ])("%s", (text) => {
    expect(inferActivity(text)).toBe("call");
  });
});

describe("what the customer asked us to come and do is still ahead", () => {
  it.each([
    ["they asked us to come onsite next week", "visit"],
    ["globex wants to set up a demo", "meeting"],
    ["initech asked to have a call friday", "call"],
  ])("%s", (text, kind) => {
    const read = inferActivityIntent(text);
    expect(read.activity).toBe(kind);
    expect(read.planned).toBe(true);
  });
});

describe("moving forward is no forwarded mail; a count before 'over email' is no day", () => {
  it.each([
    ["quick update: initech moving fwd, legal reviewing the contract", null],
    ["acme going fwd with the pilot", null],
    ["fwd the deck to acme", "email"],
    ["quick one - contoso asked for references, sent 2 over email", "email"],
    ["sent 3 by email this morning", "email"],
  ])("%s", (text, kind) => {
    expect(inferActivity(text)).toBe(kind);
  });
});
