import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches.js";

const same = (text: string, re: RegExp) => {
  const mine = allMatches(text, re).map((m) => [m.index, m[0], { ...m.groups }]);
  const theirs = [...text.matchAll(re)].map((m) => [m.index, m[0], { ...m.groups }]);
  expect(mine).toEqual(theirs);
};

describe("allMatches", () => {
  it("finds what matchAll finds, in the same order", () => {
    same("下周二报价，下下周三回访", /(?<rel>下下?)周(?<d>[一二三四五六日])/gu);
    same("Call Acme at 3pm, then Globex at 4:30pm", /\b(?<h>\d{1,2})(?::(?<m>\d\d))?\s*pm\b/giu);
    same("no match here", /\d+/gu);
  });

  it("steps over empty matches like matchAll, a whole surrogate pair under the u flag", () => {
    same("a😀b", /x*/gu);
    same("a😀b", /x*/g);
    same("", /x*/gu);
    same("ab", /(?=b)|$/gu);
  });

  it("leaves lastIndex as it found it, and starts from it as matchAll does", () => {
    const re = /\d/g;
    re.lastIndex = 2;
    same("1 2 3", re);
    expect(allMatches("1 2 3", re).map((m) => m[0])).toEqual(["2", "3"]);
    expect(re.lastIndex).toBe(2);
  });

  it("refuses a regex without the g flag, as matchAll does", () => {
    expect(() => allMatches("1", /\d/u)).toThrow(TypeError);
    expect(() => "1".matchAll(/\d/u)).toThrow(TypeError);
  });
});
