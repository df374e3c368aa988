import { describe, expect, it } from "vitest";
import { searchTerms } from "./search-terms.js";

describe("search terms", () => {
  it("pairs Chinese characters and lower-cases other words", () => {
    expect(searchTerms("跟王芳通了电话，Quote v2 next Tuesday")).toEqual(["跟王", "王芳", "芳通", "通了", "了电", "电话", "quote", "v2", "next", "tuesday"]);
  });

  it("folds full-width forms, keeps a lone character, drops one-letter words", () => {
    expect(searchTerms("ＡＣＭＥ 报 a 1 12")).toEqual(["报", "acme", "12"]);
  });

  it("caps long words", () => {
    expect(searchTerms("x".repeat(100))).toEqual(["x".repeat(40)]);
  });
});
