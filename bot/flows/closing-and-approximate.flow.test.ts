import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, buttons, type Harness, LI, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// 华为 (李雷's) and Acme Corp (Amy's) start with no deal. A sentence that closes a deal the company
// does not have logs the activity and says so; an approximate amount is stored as its lower end and said so.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

const deals = () => h.t.db.deal.findMany({ include: { stage: true } });

describe("won or lost with no open deal and no amount", () => {
  it.each([
    [LI, "华为那个单子丢了，选了竞品", "没有进行中的商机，没有可标记输单的"],
    [LI, "华为输单了", "没有进行中的商机，没有可标记输单的"],
    [LI, "华为签了！", "带上金额再说一次"],
    [AMY, "lost Acme Corp to a competitor", "no open deal, so nothing was marked lost"],
    [AMY, "Acme Corp signed!", "no open deal, so no won deal was created"],
  ])("%# %s: logged, no empty closed deal, and the reply says why", async (who, text, said) => {
    const reply = textOf(await h.say(who, text));
    expect(reply).toContain(said);
    expect(await deals()).toEqual([]);
    expect(await h.t.db.activity.count({ where: { summary: text } })).toBe(1);
  });

  it("with an amount, a won deal is created (the revenue is news)", async () => {
    await h.say(LI, "华为签了！合同金额50万");
    expect((await deals()).map((d) => [d.stage.key, d.amountMinor])).toEqual([["won", 50_000_000n]]);
  });

  it("with an open deal, that deal is closed and no note about a missing deal is added", async () => {
    await h.say(LI, "商机 新建 华为 30万");
    const reply = textOf(await h.say(LI, "华为那个单子丢了，选了竞品"));
    expect(reply).not.toContain("没有进行中的商机");
    expect((await deals()).map((d) => d.stage.key)).toEqual(["lost"]);
  });
});

describe("an approximate amount", () => {
  it.each([
    [LI, "跟华为聊了，预算20多万", 20_000_000n, "“20多万”是约数", "¥200,000"],
    [LI, "华为的单子报价四五千", 400_000n, "“四五千”是约数", "¥4,000"],
    [AMY, "called Acme Corp, budget 40-50k", 4_000_000n, '"40-50k" is approximate', "$40,000"],
  ])("%# %s is stored as its lower end and the reply says so", async (who, text, minor, said, kept) => {
    const reply = textOf(await h.say(who, text));
    expect(reply).toContain(said);
    expect(reply).toContain(kept);
    expect((await deals()).map((d) => d.amountMinor)).toEqual([minor]);
  });

  it("an exact amount gets no such note", async () => {
    const reply = textOf(await h.say(LI, "跟华为聊了，预算20万"));
    expect(reply).not.toContain("约数");
  });
});

describe("a deal step named for a customer with no open deal and no figure", () => {
  it.each([
    [AMY, "called Acme Corp, they asked for a proposal", "Open a deal", "USD"],
    [LI, "跟华为通了电话，客户要方案", "新建商机", "CNY"],
  ])("%# %s: no deal opened silently; the one offered starts at that stage in the user's currency", async (who, text, label, currency) => {
    const reply = await h.say(who, text);
    expect(await deals()).toEqual([]);
    expect(await h.t.db.activity.count()).toBe(1);
    const open = buttons(reply).find((b) => b.label === label);
    expect(open).toBeDefined();
    await h.press(who, open!);
    expect((await deals()).map((d) => [d.amountMinor, d.currency, d.stage.key])).toEqual([[0n, currency, "proposal"]]);
  });

  it("a figure said opens the deal with it, nothing offered", async () => {
    const reply = await h.say(LI, "跟华为通了电话，客户要方案，预算50万");
    expect((await deals()).map((d) => [d.amountMinor, d.stage.key])).toEqual([[50_000_000n, "proposal"]]);
    expect(buttons(reply).some((b) => b.label === "新建商机")).toBe(false);
  });
});
