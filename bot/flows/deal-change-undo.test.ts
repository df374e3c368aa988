import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, LI, type Harness, button, buttons, createHarnessWithCompanies, dealRow, textOf } from "../../test/bot-harness.js";

// (Amy's "500k" is read as dollars: English amounts without a currency are USD.)
// Issue 14, silent overwrites: a sentence that changes an existing deal says old → new with an Undo
// button; only an amount ten times higher (a slip of a zero) is asked about before anything is written.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "商机 新建 华为 200万");
  await h.say(AMY, "deal new Acme Corp 500k");
});
afterEach(() => h.close());

const amountOf = async (n: number) => (await dealRow(h, n)).amountMinor;
const undoButton = (b: { actionId: string }) => b.actionId === "turn.undo";

describe("a sentence with a small change to an existing deal", () => {
  it.each([
    [LI, "跟华为通了电话，预算调整到180万", 1, "¥2,000,000", "¥1,800,000", 180_000_000n],
    [LI, "拜访了华为，金额改成250万", 1, "¥2,000,000", "¥2,500,000", 250_000_000n],
    [AMY, "called Acme Corp, budget is now 400k", 2, "$500,000", "$400,000", 40_000_000n],
    [AMY, "met Acme Corp, they can go to 900k", 2, "$500,000", "$900,000", 90_000_000n],
    [LI, "跟华为通了电话，预算30万", 1, "¥2,000,000", "¥300,000", 30_000_000n],
    [LI, "华为那边说预算只有50万了", 1, "¥2,000,000", "¥500,000", 50_000_000n],
    [AMY, "called Acme Corp, budget is 100k", 2, "$500,000", "$100,000", 10_000_000n],
    // probes 15 and 21: a share of the value ("打个九折", "added another 15%") moved nothing
    [LI, "华为的报价在原来基础上打个九折", 1, "¥2,000,000", "¥1,800,000", 180_000_000n],
    [AMY, "Acme Corp added another 15%", 2, "$500,000", "$575,000", 57_500_000n],
  ])("%# %s: %s is applied and shown as old → new, with an Undo button", async (who, text, number, from, to, minor) => {
    const reply = await h.say(who, text);
    const said = textOf(reply);
    expect(said).toContain(`#${number}`);
    expect(said).toMatch(new RegExp(`${escape(from)}(\\.00)? → ${escape(to)}`));
    expect(await amountOf(number)).toBe(minor);
    expect(buttons(reply).some(undoButton)).toBe(true);
  });
});

describe("a share said of a customer with no deal", () => {
  it("opens no deal with no value: the deal is offered as before", async () => {
    await h.say(LI, "客户 添加 小米");
    const reply = await h.say(LI, "小米打九折");
    expect(await h.t.db.deal.count()).toBe(2);
    expect(textOf(reply)).toContain("新建商机");
  });

  it("undo puts the value back", async () => {
    const reply = await h.say(LI, "华为的报价在原来基础上打个九折");
    await h.press(LI, button(reply, undoButton));
    expect(await amountOf(1)).toBe(200_000_000n);
  });
});

describe("the amount set in so many words, without an activity", () => {
  it.each([
    [LI, "华为的商机金额改成180万", 1, 200_000_000n],
    [AMY, "deal Acme Corp amount 450k", 2, 50_000_000n],
  ])("%# %s: %s shows an Undo button that puts the old amount back", async (who, text, number, old) => {
    const reply = await h.say(who, text);
    expect(await amountOf(number)).not.toBe(old);
    const undo = buttons(reply).find(undoButton);
    expect(undo).toBeDefined();
    await h.press(who, undo!);
    expect(await amountOf(number)).toBe(old);
  });
});

describe("an amount ten times higher is asked about first, and nothing is written until answered", () => {
  it.each([
    [LI, "拜访华为，预算2000万", 1, 200_000_000n, 2_000_000_000n],
    [LI, "跟华为通了电话，预算3000万", 1, 200_000_000n, 3_000_000_000n],
    [AMY, "met Acme Corp, budget 5,000,000", 2, 50_000_000n, 500_000_000n],
  ])("%# %s: %s", async (who, text, number, before, after) => {
    const activities = await h.t.db.activity.count();
    const asked = await h.say(who, text);
    expect(await amountOf(number)).toBe(before);
    expect(await h.t.db.activity.count()).toBe(activities);
    expect(textOf(asked)).toContain("→");
    const apply = buttons(asked)[0]!;
    const applied = await h.press(who, apply);
    expect(await amountOf(number)).toBe(after);
    expect(await h.t.db.activity.count()).toBe(activities + 1);
    expect(buttons(applied).some(undoButton)).toBe(true);
  });

  it("'log only' logs the sentence and leaves the deal alone", async () => {
    const asked = await h.say(LI, "跟华为通了电话，预算2000万");
    await h.press(LI, buttons(asked)[1]!);
    expect(await amountOf(1)).toBe(200_000_000n);
    expect(await h.t.db.activity.count({ where: { dealId: (await dealRow(h, 1)).id } })).toBe(1);
  });

  it.each([
    [LI, "华为签了合同，赢单了", 1],
    [AMY, "Acme Corp signed the contract, deal won", 2],
  ])("closing a deal from a sentence is applied, shown old → new, and can be undone: %s", async (who, text, number) => {
    const reply = await h.say(who, text);
    expect((await dealRow(h, number)).stage.kind).toBe("won");
    expect(textOf(reply)).toContain("→");
    await h.press(who, button(reply, undoButton));
    expect((await dealRow(h, number)).stage.kind).toBe("open");
  });
});

describe("undo", () => {
  it("the Undo button restores the amount, removes the activity, and works once", async () => {
    const activities = await h.t.db.activity.count();
    const reply = await h.say(LI, "跟华为通了电话，预算调整到180万，下周一再跟进");
    const followUps = await h.t.db.followUp.count();
    const undone = await h.press(LI, button(reply, undoButton));
    expect(textOf(undone)).toMatch(/已撤销[\s\S]*¥1,800,000(\.00)? → ¥2,000,000/);
    expect(await amountOf(1)).toBe(200_000_000n);
    expect(await h.t.db.activity.count()).toBe(activities);
    expect(await h.t.db.followUp.count()).toBe(followUps - 1);
    const audit = await h.t.db.auditLog.findMany({ where: { action: { in: ["activity.undo", "followup.undo", "turn.undo"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["activity.undo", "followup.undo", "turn.undo"]);
    const again = await h.press(LI, button(reply, undoButton));
    expect(textOf(again)).toContain("已经撤销");
    expect(await amountOf(1)).toBe(200_000_000n);
  });

  it("undoing a logged sentence puts the deal's and company's last activity back (stale alerts are not delayed)", async () => {
    const before = await dealRow(h, 1);
    const company = await h.t.db.company.findUniqueOrThrow({ where: { id: before.companyId } });
    h.clock.set(new Date(before.lastActivityAt.getTime() + 3 * 86_400_000));
    await h.say(LI, "跟华为通了电话，预算调整到180万");
    expect((await dealRow(h, 1)).lastActivityAt.getTime()).toBeGreaterThan(before.lastActivityAt.getTime());
    await h.say(LI, "撤销");
    expect((await dealRow(h, 1)).lastActivityAt).toEqual(before.lastActivityAt);
    expect((await h.t.db.company.findUniqueOrThrow({ where: { id: company.id } })).lastInteractionAt).toEqual(company.lastInteractionAt);
  });

  it.each([["撤销"], ["undo"], ["撤回"]])("typing %s reverts the user's last sentence", async (word) => {
    await h.say(LI, "拜访了华为，金额改成250万");
    const reply = await h.say(LI, word);
    expect(textOf(reply)).toContain("¥2,500,000");
    expect(await amountOf(1)).toBe(200_000_000n);
  });

  it("undo twice does not go further back, and says there is nothing to undo", async () => {
    await h.say(LI, "跟华为通了电话，预算调整到180万");
    await h.say(LI, "撤销");
    const second = await h.say(LI, "撤销");
    expect(textOf(second)).toContain("没有可以撤销");
    expect(await amountOf(1)).toBe(200_000_000n);
    expect(await h.t.db.deal.count()).toBe(2);
  });

  it("reverts a command: the deal a user just created is removed", async () => {
    await h.say(AMY, "deal new Acme Corp 80k");
    expect(await h.t.db.deal.count()).toBe(3);
    const reply = await h.say(AMY, "undo");
    expect(textOf(reply)).toMatch(/removed deal #3/);
    expect(await h.t.db.deal.count()).toBe(2);
  });

  it("only the user's own change: another user's button and `undo` leave it alone", async () => {
    const reply = await h.say(LI, "跟华为通了电话，预算调整到180万");
    const denied = await h.press(AMY, button(reply, undoButton));
    expect(textOf(denied)).toContain("only undo your own");
    const amyUndo = await h.say(AMY, "undo");
    expect(textOf(amyUndo)).toContain("removed deal #2");
    expect(await amountOf(1)).toBe(180_000_000n);
    await h.say(BOSS, "undo");
    expect(await amountOf(1)).toBe(180_000_000n);
  });

  it("a deal changed again since is kept, and the reply says so", async () => {
    const reply = await h.say(LI, "跟华为通了电话，预算调整到180万");
    await h.say(LI, "拜访了华为，金额改成190万");
    const undone = await h.press(LI, button(reply, undoButton));
    expect(textOf(undone)).toContain("之后已被修改");
    expect(await amountOf(1)).toBe(190_000_000n);
  });

  it("with nothing done yet, says so in the user's language", async () => {
    const fresh = { platformUserId: "zhao", displayName: "赵六" };
    expect(textOf(await h.say(fresh, "撤销"))).toContain("没有可以撤销");
    const freshEn = { platformUserId: "sam", displayName: "Sam", locale: "en" as const };
    expect(textOf(await h.say(freshEn, "undo"))).toContain("Nothing to undo");
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("undo of a sentence that created a company and a deal", () => {
  it("removes the activity, the deal and the new company, and audits each removal", async () => {
    const asked = await h.say(LI, "拜访了小米科技，预算50万");
    const create = buttons(asked).find((b) => /小米/.test(b.label) && /新建|创建|添加/.test(b.label)) ?? buttons(asked)[0]!;
    await h.press(LI, create);
    const company = await h.t.db.company.findFirst({ where: { name: { contains: "小米" } } });
    expect(company).not.toBeNull();
    expect(await h.t.db.deal.count({ where: { companyId: company!.id } })).toBe(1);
    const undone = textOf(await h.say(LI, "撤销"));
    expect(undone).toContain("小米");
    expect(await h.t.db.company.count({ where: { id: company!.id } })).toBe(0);
    expect(await h.t.db.deal.count({ where: { companyId: company!.id } })).toBe(0);
    expect(await h.t.db.activity.count({ where: { companyId: company!.id } })).toBe(0);
    const audit = await h.t.db.auditLog.findMany({ where: { action: { endsWith: ".undo" }, entityType: { not: "turn" } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["activity.undo", "company.undo", "deal.undo"]);
  });
});

describe("undo asked for in words takes the last change back", () => {
  it.each([
    [LI, "跟华为通了电话，预算30万", "不对，撤销", 1, 200_000_000n, "已撤销"],
    [LI, "拜访了华为，金额改成250万", "记错了，撤回一下", 1, 200_000_000n, "已撤销"],
    [AMY, "called Acme Corp, budget is now 400k", "oops wrong, undo", 2, 50_000_000n, "Undone"],
    [AMY, "met Acme Corp, they can go to 900k", "please undo that", 2, 50_000_000n, "Undone"],
  ])("%# %s: %s, then %s", async (who, text, undo, number, old, word) => {
    const activities = await h.t.db.activity.count();
    await h.say(who, text);
    expect(await amountOf(number)).not.toBe(old);
    const reply = await h.say(who, undo);
    expect(textOf(reply)).toContain(word);
    expect(await amountOf(number)).toBe(old);
    expect(await h.t.db.activity.count()).toBe(activities);
  });
});

describe("a sentence that starts with the undo word but says more is not an undo", () => {
  it.each([
    [AMY, "called Acme Corp, budget is now 400k", "undo the discount on Acme Corp"],
    [LI, "跟华为通了电话，预算30万", "撤销合同的事情下周再说"],
  ])("%# %s: then %s", async (who, text, more) => {
    await h.say(who, text);
    const activities = await h.t.db.activity.count();
    await h.say(who, more);
    expect(await h.t.db.activity.count()).toBeGreaterThanOrEqual(activities);
    expect(await h.t.db.auditLog.count({ where: { action: "turn.undo" } })).toBe(0);
  });
});
