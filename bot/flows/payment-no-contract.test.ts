import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// A payment on a customer with no contract has nowhere to go as a payment: the sentence is kept as a
// note on the customer (data is never dropped) and the reply says why and how to record it later.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

describe("a payment sentence for a customer without a contract", () => {
  it.each([
    [LI, "华为回款50万到了", "华为", "没有合同"],
    [LI, "华为打款30万已经到账", "华为", "没有合同"],
    [AMY, "Acme Corp paid 20k today", "Acme Corp", "no contract"],
    [LI, "华为那边回款了，第一笔10万到账", "华为", "没有合同"],
    [LI, "华为第一笔10万到账了", "华为", "没有合同"],
    [LI, "华为本月回款30万", "华为", "没有合同"],
  ] as [Person, string, string, string][])("%s: %s", async (who, text, company, said) => {
    const reply = textOf(await h.say(who, text));
    const note = await h.t.db.activity.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect(note?.summary).toBe(text);
    expect(note?.company?.name).toBe(company);
    expect(reply).toContain(said);
    expect(await h.t.db.payment.count()).toBe(0);
    // the amount received is no deal amount
    expect(await h.t.db.deal.count({ where: { amountMinor: { gt: 0 } } })).toBe(0);
  });

  it.each([
    ["华为那边回款了，第一笔30万到账", 30_000_000],
    ["华为第一笔30万到账了", 30_000_000],
    ["华为回款了，40万", 40_000_000],
    ["华为本月回款30万", 30_000_000],
    ["华为这个月打款25万", 25_000_000],
  ])("with a contract, the sum said is the payment: %s", async (text, minor) => {
    await h.say(LI, "商机 新建 华为 100万");
    await h.say(LI, "商机 推进 华为 赢单");
    await h.say(LI, text);
    const payments = await h.t.db.payment.findMany();
    expect(payments.map((p) => Number(p.amountMinor))).toEqual([minor]);
  });

  it("with a contract it is recorded as a payment, not a note", async () => {
    await h.say(LI, "商机 新建 华为 100万");
    await h.say(LI, "商机 推进 华为 赢单");
    const activities = await h.t.db.activity.count();
    await h.say(LI, "华为回款50万到了");
    expect(await h.t.db.payment.count()).toBe(1);
    expect(await h.t.db.activity.count()).toBe(activities);
  });
});
