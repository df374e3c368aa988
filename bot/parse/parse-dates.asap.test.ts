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

/** "没人接，晚点再打": later the same day, two hours on; a delay (晚点了) or some other day (回头, 改天) is no time. */
const LATER: [string, boolean][] = [
  ["给腾讯打电话没人接，晚点再打", true],
  ["华为电话占线，等会儿再打", true],
  ["小米的王总在开会，待会回电话", true],
  ["京东说稍后确认", true],
  ["called Globex, no answer, will try again later today", true],
  ["腾讯的货晚点了，客户不高兴", false],
  ["回头再跟华为聊", false],
  ["改天再约腾讯", false],
];

describe.each(ZONES)("later today in %s", (timezone) => {
  it.each(LATER)("%s", (text, later) => {
    const parsed = parseSentence(text, { now: NOW, timezone });
    if (later) expect(parsed.followUp?.at.getTime()).toBe(NOW.getTime() + 2 * 3_600_000);
    else expect(parsed.followUp).toBeNull();
  });
});
