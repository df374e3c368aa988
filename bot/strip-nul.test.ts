import { describe, expect, it } from "vitest";
import { stripNul } from "./strip-nul.js";

describe("stripNul", () => {
  it("removes NUL characters from nested strings and keeps everything else", () => {
    const event = { type: "message", text: "log\u0000 Acme", user: { displayName: "\u0000Li" }, values: { a: ["x\u0000y", 3] }, n: 1 };
    expect(stripNul(event)).toEqual({ type: "message", text: "log Acme", user: { displayName: "Li" }, values: { a: ["xy", 3] }, n: 1 });
  });
});
