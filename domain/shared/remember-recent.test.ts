import { describe, expect, it } from "vitest";
import { byText, rememberRecent } from "./remember-recent.js";

describe("rememberRecent", () => {
  it("computes each key once while it is remembered, null and undefined answers included", () => {
    const asked: string[] = [];
    const read = rememberRecent(10, byText, (key: string) => {
      asked.push(key);
      return key === "none" ? null : key.length;
    });
    expect([read("abc"), read("abc"), read("none"), read("none")]).toEqual([3, 3, null, null]);
    expect(asked).toEqual(["abc", "none"]);
  });

  it("forgets everything once it holds `kept` answers, and computes again", () => {
    const asked: string[] = [];
    const read = rememberRecent(2, byText, (key: string) => {
      asked.push(key);
      return key;
    });
    read("a");
    read("b");
    read("c"); // full: forgotten, then "c" kept
    read("a");
    read("c");
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });

  it("keys by what keyOf names, so arguments with the same key share an answer", () => {
    let computed = 0;
    const read = rememberRecent(
      10,
      (zone: string, at: number) => `${zone}|${at}`,
      (zone: string, at: number) => {
        computed++;
        return `${zone}@${at}`;
      },
    );
    expect([read("UTC", 1), read("UTC", 1), read("UTC", 2)]).toEqual(["UTC@1", "UTC@1", "UTC@2"]);
    expect(computed).toBe(2);
  });
});
