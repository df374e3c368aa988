import { describe, expect, it } from "vitest";
import { isDecline } from "./detect-decline.js";

describe("isDecline", () => {
  it.each([
    "no",
    "No.",
    "nope",
    "no thanks",
    "no, don't add them",
    "don't create it",
    "never mind",
    "算了不用了",
    "不用了",
    "不要",
    "先不加了",
    "算了吧",
    "都不是",
  ])("%s says no", (text) => expect(isDecline(text)).toBe(true));
  it.each(["no budget this year", "不要报价了，直接发合同", "nobody answered", "ok", "不用担心", ""])("%s does not", (text) =>
    expect(isDecline(text)).toBe(false),
  );
});
