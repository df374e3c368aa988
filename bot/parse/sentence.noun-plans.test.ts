// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai. "meeting w Initech on the 2nd at 11" logged a meeting held today;
// "Fabrikam meeting didn't happen" logged one held; "见完京东了" and "和京东视频完" were notes.
const NOW = new Date("2026-11-25T02:00:00Z");
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });

describe("an activity named as a noun with only a day ahead in its clause is set for that day", () => {
  it.each([
    ["meeting w Initech on the 2nd at 11", "meeting", "2026-12-02 11:00"],
    ["demo for Globex Dec 3 at 2pm", "meeting", "2026-12-03 14:00"],
    ["lunch with Globex Friday", "meeting", "2026-11-27 12:00"],
    ["pricing call with Contoso on Monday 3pm", "call", "2026-11-30 15:00"],
  ])("%s → %s planned at %s", (text, kind, at) => {
    const parsed = read(text);
    expect([parsed.activity, parsed.planned]).toEqual([kind, true]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")).toBe(at);
  });

  it.each([
    "Great meeting with Initech, next one on the 2nd",
    "met Initech, demo on Dec 3",
    "good call with Globex this morning",
    "lunch with Globex yesterday",
  ])("%s is still a report", (text) => {
    expect(read(text).planned).toBe(false);
  });
});

describe("an activity that did not take place is not held", () => {
  it.each([
    "Fabrikam meeting didn't happen, rescheduling",
    "meeting with Globex didn't happen",
    "the Initech call fell through, try Friday",
    "Initech call never took place",
    "华为的会没开成，改到下周",
  ])("%s", (text) => {
    const parsed = read(text);
    expect(parsed.activity === null || parsed.planned).toBe(true);
  });
});

describe("见完 and 视频完 are meetings held", () => {
  it.each(["见完京东了，有戏", "刚和京东视频完 对方CTO很认可"])("%s", (text) => {
    const parsed = read(text);
    expect([parsed.activity, parsed.planned]).toEqual(["meeting", false]);
  });
});

// Found by review: figurative "moved", a future 见完, a preference beside a call made, a meeting not attended.
describe("words the plan rules must leave alone", () => {
  it.each([
    ["Initech call moved things forward, they want a proposal", "call"],
    ["call with Initech moved us to the shortlist", "call"],
    ["Initech meeting moved quickly, signed 50k", "meeting"],
    ["Initech call shifted their view, they want a proposal", "call"],
    ["华为王总喜欢打电话，今天又打了一个", "call"],
    ["参加了华为的招标会", "meeting"],
  ])("%s is a %s held", (text, kind) => {
    expect(read(text)).toMatchObject({ activity: kind, planned: false });
  });

  it.each(["等见完华为再说", "见完华为再报价", "没能参加华为的发布会", "华为说参加不了明天的会"])("%s logs no meeting held", (text) => {
    const parsed = read(text);
    expect(parsed.activity === "meeting" && !parsed.planned).toBe(false);
  });
});

describe("开过会 is a meeting held, not 过会 ('in a while')", () => {
  it.each(["跟华为开过会了", "23号跟华为开过会了", "昨天跟华为开过会，下周报价"])("%s", (text) => {
    expect(read(text)).toMatchObject({ activity: "meeting", planned: false });
  });
});
