import { afterEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createNorthTeamHarness, type Harness, LI, type Person, textOf } from "../../test/bot-harness.js";

// An admin's "今天给Acme打了电话，预算9万美元" changed the rep's deal from $80,000 to $90,000: a sentence
// changes only the writer's own deal (docs/commands.md); the owner or a command changes the rest.
let h: Harness;
afterEach(async () => {
  await h.close();
});

describe("a figure or stage said about someone else's deal is logged, not applied", () => {
  it.each([
    ["an admin", BOSS, "called Acme Corp, budget is 90k", false],
    ["the team's manager", LI, "今天给Acme Corp打了电话，预算9万美元", true],
    ["an admin closing it", BOSS, "Acme Corp signed!", false],
  ] as [string, Person, string, boolean][])("%s says it", async (_who, who, text, liManager) => {
    h = await createNorthTeamHarness({ liManager });
    await h.say(AMY, "deal new Acme Corp 80000 USD");
    const before = await h.t.db.deal.findFirstOrThrow({ include: { stage: true } });
    const reply = textOf(await h.say(who, text));
    const after = await h.t.db.deal.findFirstOrThrow({ include: { stage: true } });
    expect([after.amountMinor, after.stage.key]).toEqual([before.amountMinor, before.stage.key]);
    expect(reply).toMatch(/Amy Chen/u);
    expect(await h.t.db.activity.count({ where: { dealId: before.id } })).toBe(1);
  });

  it("the owner's own sentence still changes it", async () => {
    h = await createNorthTeamHarness();
    await h.say(AMY, "deal new Acme Corp 80000 USD");
    await h.say(AMY, "called Acme Corp, budget is 90k");
    expect((await h.t.db.deal.findFirstOrThrow()).amountMinor).toBe(9_000_000n);
  });
});

// Probe 10: "called 华为 procurement…, need to send them a revised proposal by Friday" said the amount and stage
// "you mentioned" were not applied: only a stage was said.
describe("out of sight, someone else's open deal: the reply names only what was said", () => {
  it.each([
    [
      AMY,
      "called 华为 procurement, they're comparing us with two other vendors. need to send them a revised proposal by Friday",
      "the stage you mentioned was not applied",
    ],
    [AMY, "called 华为, budget is 90k", "the amount you mentioned was not applied"],
    [AMY, "called 华为, budget is 90k, sending the proposal Friday", "the amount and stage you mentioned were not applied"],
  ] as [Person, string, string][])("%# %j", async (who, text, said) => {
    h = await createNorthTeamHarness();
    await h.say(BOSS, "user team Amy Chen south");
    await h.say(LI, "商机 新建 华为 200万");
    const reply = textOf(await h.say(who, text));
    expect(reply).toContain(said);
    expect((await h.t.db.deal.findFirstOrThrow()).amountMinor).toBe(200_000_000n);
  });
});
