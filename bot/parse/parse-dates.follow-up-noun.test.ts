import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

// "follow-up" naming a kind of e-mail or call ("third follow-up email sent today") cues no follow-up:
// the day is when that e-mail went out. "follow up" as the verb, or a plan word, still does.
const now = new Date("2026-12-02T02:00:00Z"); // Wed 10:00 in Shanghai
const timezone = "Asia/Shanghai";
const read = (text: string) => parseSentence(text, { now, timezone });

describe("a follow-up e-mail or call reported", () => {
  it.each([
    "Initech ghosted us again, third follow-up email sent today",
    "sent the third follow-up email today",
    "follow-up email sent to Globex today",
    "made a follow-up call to Acme today",
    "left a follow-up message for Hooli today",
  ])("%s: logged now, no follow-up", (text) => {
    const parsed = read(text);
    expect(parsed.followUp).toBeNull();
    expect(parsed.occurredAt?.at.toISOString()).toBe(now.toISOString());
  });
});

describe("follow up as the next step", () => {
  it.each([
    ["follow up with Initech today", "2026-12-02T03:00:00.000Z"],
    ["schedule a follow-up call today", "2026-12-02T03:00:00.000Z"],
    ["follow-up call with Acme tomorrow at 3pm", "2026-12-03T07:00:00.000Z"],
    ["need to send a follow-up email tomorrow", "2026-12-03T01:00:00.000Z"],
  ])("%s → %s", (text, at) => {
    expect(read(text).followUp?.at.toISOString()).toBe(at);
  });
});
