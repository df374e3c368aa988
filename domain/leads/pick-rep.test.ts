import { describe, expect, it } from "vitest";
import { type AssignBy, pickRep, type RepForLead } from "./pick-rep.js";

const rep = (id: string, regions: string[] = [], industries: string[] = []): RepForLead => ({
  id,
  regions: JSON.stringify(regions),
  industries: JSON.stringify(industries),
});
const A = rep("a", ["华东"]);
const B = rep("b", [], ["制造"]);
const C = rep("c", ["华东", "广东"]);
const D = rep("d");
const TEAM = [A, B, C, D];
const by: AssignBy[] = ["region", "industry"];
const pick = (lead: { region?: string; industry?: string }, lastUserId: string | null, held = new Map<string, number>(), order = by) =>
  pickRep(TEAM, { region: lead.region ?? null, industry: lead.industry ?? null }, { by: order, held, cap: 2, lastUserId });

describe("which rep gets a pool lead", () => {
  it("the reps whose region covers it take turns", () => {
    expect(pick({ region: "杭州" }, null)).toEqual({ id: "a", rule: "region" });
    expect(pick({ region: "杭州" }, "a")).toEqual({ id: "c", rule: "region" });
    expect(pick({ region: "杭州" }, "c")).toEqual({ id: "a", rule: "region" });
    // The last one given a lead was someone else: the next matching rep after them in team order.
    expect(pick({ region: "杭州" }, "b")).toEqual({ id: "c", rule: "region" });
    expect(pick({ region: "杭州" }, "d")).toEqual({ id: "a", rule: "region" });
    expect(pick({ region: "深圳" }, null)).toEqual({ id: "c", rule: "region" });
  });

  it("region before industry as `by` orders them; industry when no region matches", () => {
    expect(pick({ region: "杭州", industry: "制造业" }, null)).toEqual({ id: "a", rule: "region" });
    expect(pick({ region: "杭州", industry: "制造业" }, null, new Map(), ["industry", "region"])).toEqual({ id: "b", rule: "industry" });
    expect(pick({ region: "北京", industry: "制造业" }, null)).toEqual({ id: "b", rule: "industry" });
  });

  it("no territory covers it, or `round-robin`: the whole team in turn", () => {
    expect(pick({ region: "北京" }, "b")).toEqual({ id: "c", rule: "round-robin" });
    expect(pick({}, "d")).toEqual({ id: "a", rule: "round-robin" });
    expect(pick({ region: "杭州" }, "a", new Map(), ["round-robin"])).toEqual({ id: "b", rule: "round-robin" });
  });

  it("reps at the cap are skipped; when every covering rep is full the team takes turns; nobody free → null", () => {
    expect(pick({ region: "杭州" }, null, new Map([["a", 2]]))).toEqual({ id: "c", rule: "region" });
    expect(
      pick(
        { region: "杭州" },
        null,
        new Map([
          ["a", 2],
          ["c", 2],
        ]),
      ),
    ).toEqual({ id: "b", rule: "round-robin" });
    expect(pick({ region: "杭州" }, null, new Map(TEAM.map((r) => [r.id, 2])))).toBeNull();
    expect(pickRep([], { region: "杭州", industry: null }, { by, held: new Map(), cap: 2, lastUserId: null })).toBeNull();
  });

  it("a territory stored wrongly counts as none", () => {
    expect(
      pickRep([{ id: "x", regions: "not json", industries: "{}" }], { region: "杭州", industry: null }, { by, held: new Map(), cap: 2, lastUserId: null }),
    ).toEqual({
      id: "x",
      rule: "round-robin",
    });
  });
});
