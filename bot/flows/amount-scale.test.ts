import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, button, buttons, createHarnessWithCompanies, dealRow, textOf } from "../../test/bot-harness.js";

// "华为 预算一百五" turned a ¥2,000,000 deal into ¥150 and "Globex budget 1.2" one of $80,000 into $1.20: a figure
// under a thousand with neither unit nor currency is asked about, and nothing is written until the user picks.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "商机 新建 华为 200万");
  await h.say(AMY, "deal new Acme Corp 500k");
});
afterEach(() => h.close());

const amountOf = async (n: number) => (await dealRow(h, n)).amountMinor;

describe("a bare small figure is asked about before anything is written", () => {
  it.each([
    // (no size puts these near the deal's ¥2,000,000 or $500,000: see below for those that do)
    [LI, "华为 预算十五", 1, "¥150,000", 15_000_000n],
    [LI, "跟华为通了电话，报价19", 1, "¥190,000", 19_000_000n],
    [AMY, "called Acme Corp, budget 1.2", 2, "$1,200,000", 120_000_000n],
    [AMY, "Acme Corp amount 95", 2, "$95,000", 9_500_000n],
  ])("%# %s: %s → the user picks %s", async (who, text, number, label, minor) => {
    const before = await amountOf(number);
    const activities = await h.t.db.activity.count();
    const asked = await h.say(who, text);
    expect(await amountOf(number)).toBe(before);
    expect(await h.t.db.activity.count()).toBe(activities);
    expect(textOf(asked)).toMatch(/没有单位|has no unit/u);
    await h.press(
      who,
      button(asked, (b) => b.label === label),
    );
    expect(await amountOf(number)).toBe(minor);
    expect(await h.t.db.activity.count()).toBe(activities + 1);
  });

  it("'leave the amount' logs the sentence and keeps the deal's amount", async () => {
    const asked = await h.say(LI, "华为 预算十五");
    await h.press(
      LI,
      button(asked, (b) => b.label === "不改金额"),
    );
    expect(await amountOf(1)).toBe(200_000_000n);
    expect(await h.t.db.activity.count()).toBeGreaterThan(0);
  });

  it("the figure as written stays one of the choices", async () => {
    const asked = await h.say(AMY, "Acme Corp amount 95");
    expect(buttons(asked).map((b) => b.label)).toContain("$95");
  });
});

// Probe 25: "Globex signed at 85" beside Globex's $80,000 deal was asked about; every reader takes it as $85,000.
describe("a bare figure that only one size puts near the deal's value is that size, shown old → new with Undo", () => {
  it.each([
    [LI, "华为 预算一百五", 1, "¥2,000,000 → ¥1,500,000", 150_000_000n],
    [LI, "跟华为通了电话，报价190", 1, "¥2,000,000 → ¥1,900,000", 190_000_000n],
    [AMY, "Acme Corp signed at 450", 2, "$500,000 → $450,000", 45_000_000n],
  ])("%# %s: %s", async (who, text, number, shown, minor) => {
    const reply = await h.say(who, text);
    expect(textOf(reply)).toContain(shown);
    expect(await amountOf(number)).toBe(minor);
    await h.say(who, who === LI ? "撤销" : "undo");
    expect(await amountOf(number)).toBe(number === 1 ? 200_000_000n : 50_000_000n);
  });
});

describe("a figure with its unit or currency is not asked about", () => {
  it.each([
    [LI, "华为 预算150万", 1, 150_000_000n],
    [AMY, "Acme Corp budget 450k", 2, 45_000_000n],
    [AMY, "Acme Corp budget $400", 2, 40_000n],
    [LI, "华为 预算5000", 1, 500_000n],
  ])("%# %s: %s", async (who, text, number, minor) => {
    await h.say(who, text);
    expect(await amountOf(number)).toBe(minor);
  });
});
