import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { NOW, SHANGHAI } from "./test-support.js";

const read = (text: string) => parseSentence(text, { now: NOW, timezone: SHANGHAI });

// "華為的合同簽了" was a note on 华为 with the deal left open; "華為輸單了" was not understood.
describe("traditional characters of stage and money words read like simplified", () => {
  it.each([
    ["華為的合同簽了", "won"],
    ["華為輸單了", "lost"],
    ["騰訊這單贏了", "won"],
  ] as const)("%s → %s", (text, stage) => {
    expect(read(text).stageHint).toBe(stage);
  });

  it("萬 and 億 are the same amounts", () => {
    expect(read("華為的合同簽了，150萬").amount?.minor).toBe(150_000_000);
    expect(read("預算1.2億").amount?.minor).toBe(12_000_000_000);
  });

  it("the names stay as written, for the customer lookup", () => {
    expect(read("華為的合同簽了").companyHints).toContain("華為");
  });
});
