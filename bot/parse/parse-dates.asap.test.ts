import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

/** "asap" / 尽快 asks for a follow-up an hour from now; words that tell how fast something happened do not. */
const ASAP: [string, boolean][] = [
  ["Acme Corp is considering a competitor, schedule an exec call asap", true],
  ["call Globex ASAP", true],
  ["Called Globex, they want the quote as soon as possible", true],
  ["尽快给华为回复", true],
  ["给华为打了电话，他们要求尽快报价", true],
  ["腾讯希望尽早拿到方案", true],
  // asap is the next step, ahead of a date that is only background
  ["跟华为通了电话，他们要下个月才有预算，尽快发方案", true],
  ["Called Globex, budget opens next quarter, send the deck asap", true],
  ["they signed immediately", false],
  ["马上就签了", false],
  ["Called Acme, they replied right away", false],
];

const ZONES = ["Asia/Shanghai", "America/New_York"];
const NOW = new Date("2026-11-25T02:00:00Z");

describe.each(ZONES)("as soon as possible in %s", (timezone) => {
  it.each(ASAP)("%s", (text, asap) => {
    const parsed = parseSentence(text, { now: NOW, timezone });
    if (asap) expect(parsed.followUp?.at.getTime()).toBe(NOW.getTime() + 3_600_000);
    else expect(parsed.followUp).toBeNull();
  });

  it.each([
    ["call Globex ASAP", "call"],
    ["尽快给华为打电话", "call"],
  ])("%s is a plan, not a call made", (text, kind) => {
    const parsed = parseSentence(text, { now: NOW, timezone });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
  });
});
