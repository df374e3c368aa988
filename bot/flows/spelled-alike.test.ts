import { describe, expect, it } from "vitest";
import { spelledAlike, typoOf } from "./spelled-alike.js";

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

describe("a keyboard slip of a known customer's name", () => {
  it.each([
    ["initch", "Initech"],
    ["contosso", "Contoso"],
    ["contsoo", "Contoso"],
    ["globx", "Globex"],
    ["globexx", "Globex"],
    ["fabrikm", "Fabrikam"],
    ["northwnd", "Northwind Traders"],
  ])("%s is %s", (typed, known) => {
    expect(typoOf(typed, known)).toBe(true);
  });

  it.each([
    ["initrode", "Initech"],
    ["acm", "Acme Corp"],
    ["global", "Globex"],
    ["contoso", "Contoso"],
    ["xnitech", "Initech"],
  ])("%s is not %s", (typed, known) => {
    expect(typoOf(typed, known)).toBe(false);
  });
});
