import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, approversFor, parsePolicyText } from "./approval-policy.js";
import { coversSteps, effectiveTiers, firstLooserDiscount, stricterSteps } from "./policy-floor.js";

describe("company floor arithmetic", () => {
  it("a director's step covers a manager's, never the reverse; two steps cover one", () => {
    expect(coversSteps(["director"], ["manager"])).toBe(true);
    expect(coversSteps(["manager"], ["director"])).toBe(false);
    expect(coversSteps(["manager", "director"], ["director"])).toBe(true);
    expect(coversSteps(["director"], ["manager", "director"])).toBe(false);
    expect(coversSteps([], [])).toBe(true);
    expect(stricterSteps(["director"], ["manager", "manager"])).toEqual(["manager", "director"]);
  });

  it("100:- under the default floor is refused from 10 % on and, if stored, read as the floor", () => {
    const open = parsePolicyText("100:-");
    expect(firstLooserDiscount(open, DEFAULT_POLICY)).toBe(1000); // looser above 10 %
    expect(effectiveTiers(open, DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(approversFor(effectiveTiers(open, DEFAULT_POLICY), 10_000)).toEqual(["manager", "director"]);
  });

  it("a tighter team policy stays as it is; a mixed one takes the stricter side at each discount", () => {
    const tight = parsePolicyText("5:- 20:manager 100:manager,director");
    expect(firstLooserDiscount(tight, DEFAULT_POLICY)).toBeNull();
    expect(effectiveTiers(tight, DEFAULT_POLICY)).toEqual(tight);
    const mixed = parsePolicyText("15:- 100:manager,director");
    expect(effectiveTiers(mixed, DEFAULT_POLICY)).toEqual([
      { upToBp: 1000, approvers: [] },
      { upToBp: 1500, approvers: ["manager"] },
      { upToBp: 10_000, approvers: ["manager", "director"] },
    ]);
  });
});
