import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithPeople, type Harness, LI, type Person } from "../../test/bot-harness.js";
import { findForm } from "./registry.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(AMY, "company add Acme Corp B");
});
afterEach(async () => h.close());

const submit = (who: Person, values: Record<string, string>) =>
  h.inbox.handle({
    type: "card.submit",
    channel: "local",
    user: { platformUserId: who.platformUserId, displayName: who.displayName },
    conversation: { id: `dm:${who.platformUserId}`, kind: "direct" },
    formId: "new-deal",
    values,
  });

describe("new-deal form: the amount field", () => {
  it.each<[Person, string, bigint, string]>([
    [AMY, "200000", 20_000_000n, "USD"],
    [AMY, "1,200,000 RMB", 120_000_000n, "CNY"],
    [LI, "800000", 80_000_000n, "CNY"],
    [LI, "12万5", 12_500_000n, "CNY"],
  ])("%#: %s is stored as typed", async (who, amount, minor, currency) => {
    await submit(who, { company: "Acme Corp", amount });
    const deal = await h.t.db.deal.findFirstOrThrow();
    expect([deal.amountMinor, deal.currency]).toEqual([minor, currency]);
  });

  it.each(["20人", "12abc", "-500", "0", "abc 20万"])("refuses %j and stores no deal", async (amount) => {
    expect(findForm("new-deal")!.validate({ company: "Acme Corp", amount }, "en")).toHaveProperty("amount");
    await submit(AMY, { company: "Acme Corp", amount });
    expect(await h.t.db.deal.count()).toBe(0);
  });
});
