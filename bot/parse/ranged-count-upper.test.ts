import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";

// "小米说一两天给回复" set no follow-up: a count said as a range is read at its upper end.
const ctx = { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" };
const day = (text: string) => parseDates(text, ctx).followUp?.at.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);

describe("a ranged count ahead is read at its upper end", () => {
  it.each([
    ["小米说一两天给回复", "2026-12-04"],
    ["两三天后再联系华为", "2026-12-05"],
    ["三五天内出方案", "2026-12-07"],
    ["过两三天再说", "2026-12-05"],
    ["一两个月后再看", "2027-02-02"],
    ["两三周后复盘", "2026-12-23"],
  ])("%s → %s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it("a ranged count before 前 is still ago", () => {
    const dates = parseDates("两三天前聊过", ctx);
    expect(dates.followUp).toBeNull();
    expect(dates.occurredAt).not.toBeNull();
  });
});
