import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, NOW } from "./test-support.js";

// Tuesday 2026-11-24 21:00 in New York. Found in new-user runs: "after lunch" read as 09:00, "pushed from
// tuesday to thursday" planned for Tuesday, "half a mil" read as no amount.
const parse = (text: string) => parseSentence(text, { now: NOW, timezone: NEW_YORK });
const follow = (text: string) => {
  const f = parse(text).followUp;
  return f ? localStamp(f.at, NEW_YORK) : null;
};

describe("lunch as a time of day", () => {
  it.each([
    ["meet Globex after lunch tomorrow", "2026-11-25 13:30"],
    ["meet Globex tomorrow after lunch", "2026-11-25 13:30"],
    ["call Globex Friday at lunch", "2026-11-27 12:00"],
    ["demo for Acme thursday around lunchtime", "2026-11-26 12:00"],
    ["call Globex after dinner tomorrow", "2026-11-25 20:00"],
    ["ping Acme tomorrow around dinnertime", "2026-11-25 18:30"],
    ["call Stark friday after breakfast", "2026-11-27 09:00"],
    ["catch up with Globex over breakfast on thursday", "2026-11-26 08:00"],
  ])("%s → %s", (text, stamp) => {
    expect(follow(text)).toBe(stamp);
  });

  it("a lunch that happened is no time ahead", () => {
    expect(follow("had lunch with Globex, follow up next week")).toBe("2026-11-30 09:00");
    expect(follow("had dinner with Acme, follow up next week")).toBe("2026-11-30 09:00");
  });
});

describe("a meeting moved from one day to another is planned for the new day", () => {
  it.each([
    ["Globex meeting pushed from tuesday to thursday", "2026-11-26 09:00"],
    ["moved the Acme mtg from fri to mon", "2026-11-30 09:00"],
  ])("%s → %s", (text, stamp) => {
    expect(follow(text)).toBe(stamp);
  });
});

describe("a million in chat shorthand", () => {
  it.each([
    ["Globex budget is half a mil", 50_000_000],
    ["Globex: budget around a quarter mil", 25_000_000],
    ["two mil deal with Acme", 200_000_000],
  ])("%s → %s", (text, minor) => {
    expect(parse(text).amount?.minor).toBe(minor);
  });

  it("a mil that is no money", () => {
    expect(parse("we met at the mil base").amount).toBeNull();
  });
});
