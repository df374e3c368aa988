import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { REFERENCES } from "./date-test-oracle.js";

describe.each(REFERENCES)('"now" as a time expression ($label)', ({ now, timezone }) => {
  it.each(["now", "Now", "right now", "just now", "now.", "at the moment", "现在", "此刻", " 目前 "])('"%s" alone is the current instant', (text) => {
    const got = parseDates(text, { now, timezone });
    expect(got.dates).toHaveLength(1);
    expect(got.dates[0]?.at.getTime()).toBe(now.getTime());
    expect(got.dates[0]?.hasTime).toBe(true);
    expect(got.followUp).toBeNull();
  });

  it.each([
    "they now want a quote",
    "Now they want a quote",
    "call them right now",
    "他们现在要报价",
    "客户现在还在考虑",
    "nowhere near a deal",
    "known issue",
  ])('"%s" is an ordinary sentence: no date, no follow-up', (text) => {
    const got = parseDates(text, { now, timezone });
    expect(got.dates).toEqual([]);
    expect(got.followUp).toBeNull();
  });
});
