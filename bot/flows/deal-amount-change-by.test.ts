import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, buttons, createHarnessWithCompanies, dealRow, textOf } from "../../test/bot-harness.js";

// "报价降了20万" moved the ¥2,000,000 deal to ¥200,000: an amount said as a change is applied to the
// deal's current amount (old → new, with Undo), and opens no deal where there is none.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "商机 新建 华为 200万");
  await h.say(AMY, "deal new Acme Corp 500k");
});
afterEach(() => h.close());

const amountOf = async (n: number) => (await dealRow(h, n)).amountMinor;

describe("an amount said as a change moves the deal's amount", () => {
  it.each([
    [LI, "华为的报价降了20万", 1, 180_000_000n],
    [LI, "华为追加了30万的服务", 1, 230_000_000n],
    [LI, "跟华为谈了，价格又便宜了10万", 1, 190_000_000n],
    [AMY, "Acme Corp added 20k in services", 2, 52_000_000n],
    [AMY, "gave Acme Corp $50k off to close", 2, 45_000_000n],
    [AMY, "Acme Corp upsell of 100k approved", 2, 60_000_000n],
  ])("%# %s", async (who, text, number, minor) => {
    const reply = await h.say(who, text);
    expect(await amountOf(number)).toBe(minor);
    expect(textOf(reply)).toContain("→");
    expect(buttons(reply).some((b) => b.actionId === "turn.undo")).toBe(true);
  });

  it.each([
    [LI, "华为的报价降到150万", 1, 150_000_000n],
    [AMY, "Acme Corp total now 450k", 2, 45_000_000n],
  ])("the new value itself is still the new value: %s", async (who, text, number, minor) => {
    await h.say(who, text);
    expect(await amountOf(number)).toBe(minor);
  });

  it("a change on a customer with no deal opens none", async () => {
    await h.say(LI, "客户 添加 腾讯");
    await h.say(LI, "腾讯那边又砍了5万");
    expect(await h.t.db.deal.count()).toBe(2);
  });
});
