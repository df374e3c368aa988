import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { splitClauses } from "./split-clauses.js";

// An emoji ends a clause as punctuation does: "拜访华为👍 下周二再去" reports the visit and plans the next
// one (read as one clause, 下周二 made the visit itself planned and nothing was logged as done).
describe("an emoji ends a clause", () => {
  it.each([
    ["拜访华为👍 下周二再去", ["拜访华为", " 下周二再去"]],
    ["demo done 🎉 next call Friday", ["demo done ", " next call Friday"]],
  ])("%s", (text, clauses) => {
    expect(splitClauses(text).map((c) => c.text)).toEqual(clauses);
  });

  it("the visit is logged and the next one planned", () => {
    const parsed = parseSentence("拜访华为👍 下周二再去", { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" });
    expect([parsed.activity, parsed.planned]).toEqual(["visit", false]);
    expect(parsed.followUp?.at.toISOString()).toBe("2026-12-08T01:00:00.000Z");
  });
});
