import { describe, expect, it } from "vitest";
import { spelledAlike } from "./spelled-alike.js";

describe("a near spelling of a known customer's name", () => {
  it.each([
    ["globx", "Globex", true],
    ["contosso", "Contoso", true],
    ["initec", "Initech", true],
    ["northwind", "Northwind Traders", true],
    ["Initrode", "Northwind Traders", false],
    ["acme", "Pied Piper", false],
    ["x", "Xerox", false],
  ])("%s / %s → %s", (typed, known, expected) => {
    expect(spelledAlike(typed, known)).toBe(expected);
  });
});
