import { describe, expect, it } from "vitest";
import { parseChoiceNumber } from "./choice-number.js";

describe("parseChoiceNumber", () => {
  it.each([
    ["2", 2],
    ["２", 2],
    [" 3 ", 3],
    ["[2]", 2],
    ["【３】", 3],
    ["#2", 2],
    ["2.", 2],
    ["第2个", 2],
    ["第二个", 2],
    ["选2", 2],
    ["选择第二项", 2],
    ["二", 2],
    ["两", 2],
    ["no. 2", 2],
    ["Option 3", 3],
    ["12", 12],
  ])("%s → %i", (text, n) => {
    expect(parseChoiceNumber(text)).toBe(n);
  });

  it.each(["0", "21", "100", "2 calls with Acme", "商机 查看 2", "12万", "", "two", "2,3", "1.5", "第", "-1"])("%s is not a choice", (text) => {
    expect(parseChoiceNumber(text)).toBeNull();
  });
});
