import { afterEach, beforeEach, expect, it } from "vitest";
import { AMY, createHarness, type Harness } from "../../test/bot-harness.js";

/**
 * Probe: "Site visit — Pied Piper. Met Richard and Jared…" asked Pied Piper or Initech, "their DC office" Northwind
 * Traders or 京东: a short capitalised word that only resembles another customer adds no question beside one named in full.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  for (const name of ["Pied Piper", "Initech", "Northwind Traders", "京东"]) await h.say(AMY, `company add ${name}`);
});
afterEach(() => h.close());

it.each([
  ["Site visit — Pied Piper. Met Richard and Jared at their office. Next: architecture review, Thu 10am", "Pied Piper"],
  ["Met Northwind Traders at the expo yesterday. They asked us to visit their DC office Monday.", "Northwind Traders"],
])("%s is logged on %s", async (text, company) => {
  await h.say(AMY, text);
  const activities = await h.t.db.activity.findMany({ include: { company: true } });
  expect(activities.map((a) => a.company?.name)).toEqual([company]);
});

it("two customers named in full are still asked about", async () => {
  await h.say(AMY, "met Initech, Pied Piper today");
  expect(await h.t.db.activity.count()).toBe(0);
});
