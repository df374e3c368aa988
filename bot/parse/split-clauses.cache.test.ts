import { describe, expect, it } from "vitest";
import { splitClauses } from "./split-clauses.js";

describe("splitClauses, remembered per text", () => {
  it("gives every caller its own clauses: changing one result changes no later one", () => {
    const text = "called Acme, they want a quote next tuesday";
    const first = splitClauses(text);
    expect(first).toEqual([
      { text: "called Acme", index: 0 },
      { text: " they want a quote next tuesday", index: 12 },
    ]);
    first[0]!.text = "changed";
    first.pop();
    expect(splitClauses(text)).toEqual([
      { text: "called Acme", index: 0 },
      { text: " they want a quote next tuesday", index: 12 },
    ]);
    expect(splitClauses(text)).not.toBe(splitClauses(text));
  });
});
