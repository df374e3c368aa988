import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => h.close());

describe("a command written verb first runs as the command", () => {
  it("creates the deal, the contact and the company it names", async () => {
    await h.say(AMY, "new deal Acme Corp 40k");
    expect(await h.t.db.deal.findFirstOrThrow({ where: { company: { name: "Acme Corp" } } })).toMatchObject({ amountMinor: 4_000_000n });
    await h.say(LI, "新建商机 华为 80万");
    expect(await h.t.db.deal.findFirstOrThrow({ where: { company: { name: { contains: "华为" } } } })).toMatchObject({
      amountMinor: 80_000_000n,
      currency: "CNY",
    });
    await h.say(LI, "添加联系人 华为 张伟 13800138000");
    expect(await h.t.db.contact.count({ where: { name: "张伟" } })).toBe(1);
    const reply = textOf(await h.say(AMY, "add company Hooli B"));
    expect(await h.t.db.company.count({ where: { name: "Hooli" } })).toBe(1);
    expect(reply).toContain("Hooli");
    // No activity was logged by any of them.
    expect(await h.t.db.activity.count()).toBe(0);
  });

  it("an edit said as a sentence changes the deal and logs nothing", async () => {
    await h.say(LI, "新建商机 华为 50万");
    const reply = textOf(await h.say(LI, "把华为的商机金额改成80万"));
    expect(await h.t.db.deal.findFirstOrThrow({ where: { company: { name: { contains: "华为" } } } })).toMatchObject({ amountMinor: 80_000_000n });
    expect(reply).toContain("800,000");
    await h.say(AMY, "new deal Acme Corp 40k");
    await h.say(AMY, "change the Acme Corp deal amount to 72k");
    expect(await h.t.db.deal.findFirstOrThrow({ where: { company: { name: "Acme Corp" } } })).toMatchObject({ amountMinor: 7_200_000n });
    expect(await h.t.db.activity.count()).toBe(0);
  });

  // Found trying the bot: "华为金额调整到220万并且推进到商务谈判" answered "读不出金额「220万并且推进到商务谈判」"
  it("an edit with a stage move after it changes both, old → new with Undo", async () => {
    await h.say(LI, "新建商机 华为 200万");
    const reply = textOf(await h.say(LI, "华为金额调整到220万并且推进到商务谈判"));
    const deal = await h.t.db.deal.findFirstOrThrow({ where: { company: { name: { contains: "华为" } } }, include: { stage: true } });
    expect([deal.amountMinor, deal.stage.key]).toEqual([220_000_000n, "negotiation"]);
    expect(reply).toMatch(/2,000,000 → ¥2,200,000/);
    expect(reply).toContain("撤销");
  });
});
