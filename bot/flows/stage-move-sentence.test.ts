import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// A stage change said as an instruction moves the deal and logs nothing: a note saying "move Acme to
// negotiation" would be junk, and would reset the customer's last activity.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "商机 新建 华为 200万");
  await h.say(AMY, "deal new Acme Corp 500k");
});
afterEach(() => h.close());

describe("a stage change in words", () => {
  it.each([
    [AMY, "move Acme Corp to negotiation", 2, "negotiation"],
    [AMY, "push the Acme Corp deal to proposal", 2, "proposal"],
    [AMY, "Move Acme Corp's opportunity into qualified.", 2, "qualified"],
    [LI, "把华为推进到商务谈判", 1, "negotiation"],
    [LI, "华为的商机推到方案报价阶段", 1, "proposal"],
    [LI, "将华为的单子移到需求确认", 1, "qualified"],
    // told as news, in a heading (the probe found a note logged beside the move)
    [AMY, "Acme Corp deal - moving to negotiation", 2, "negotiation"],
    [AMY, "Acme Corp opp moved to proposal", 2, "proposal"],
  ] as [Person, string, number, string][])("%s: %s", async (who, text, number, stageKey) => {
    const activities = await h.t.db.activity.count();
    const reply = textOf(await h.say(who, text));
    const deal = await h.t.db.deal.findFirstOrThrow({ where: { number }, include: { stage: true } });
    expect(deal.stage.key).toBe(stageKey);
    expect(await h.t.db.activity.count()).toBe(activities);
    expect(reply).toContain(`#${number}`);
  });

  it.each([
    [AMY, "moved the Acme Corp call to Friday"],
    [AMY, "move Acme Corp to next week"],
    [AMY, "Acme Corp call moved to Friday"],
    [AMY, "Acme Corp is moving to a new office"],
    [LI, "把华为的会议推到下周三"],
  ] as [Person, string][])("not a stage after 'to': %s stays a sentence of its own", async (who, text) => {
    await h.say(who, text);
    const deal = await h.t.db.deal.findFirstOrThrow({ where: { number: who === LI ? 1 : 2 }, include: { stage: true } });
    expect(deal.stage.key).toBe("lead");
  });

  it.each([
    // probe 13: the move was made and the new amount dropped without a word
    [AMY, "Acme Corp bumped the deal to 550k and moved to negotiation", 2, 55_000_000n],
    [LI, "华为金额调到220万，推进到商务谈判", 1, 220_000_000n],
  ] as [Person, string, number, bigint][])("more than a move: %s is logged as a sentence, amount and stage both", async (who, text, number, minor) => {
    await h.say(who, text);
    const deal = await h.t.db.deal.findFirstOrThrow({ where: { number }, include: { stage: true } });
    expect([deal.stage.key, deal.amountMinor]).toEqual(["negotiation", minor]);
  });

  it("a customer without an open deal: nothing is logged, and the reply says how to open one", async () => {
    await h.say(AMY, "company add Fabrikam");
    const reply = textOf(await h.say(AMY, "move Fabrikam to negotiation"));
    expect(await h.t.db.activity.count()).toBe(0);
    expect(reply).toContain("Fabrikam has no open deal");
    await h.say(AMY, "1");
    const deal = await h.t.db.deal.findFirstOrThrow({ where: { company: { name: "Fabrikam" } }, include: { stage: true } });
    expect(deal.stage.key).toBe("negotiation");
    expect(await h.t.db.activity.count()).toBe(0);
  });
});
