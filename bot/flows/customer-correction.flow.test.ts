import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// "拜访了华为，下周三报价" then "哦不对，是小米" logged a note on 小米 and left the visit, the follow-up and
// the deal it opened on 华为. The sentence was about 小米: what it logged is undone and it is logged there.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "客户 添加 小米");
  await h.say(AMY, "company add Globex");
});
afterEach(() => h.close());

const rows = async () => ({
  activities: (await h.t.db.activity.findMany({ include: { company: true } })).map((a) => `${a.kind}@${a.company?.name}`),
  followUps: (await h.t.db.followUp.findMany({ include: { company: true } })).map((f) => f.company?.name),
  deals: (await h.t.db.deal.findMany({ include: { company: true } })).map((d) => `${d.company.name}:${d.amountMinor / 100n}`),
});

describe("a correction that is only another customer's name moves what was just logged", () => {
  it.each([
    [LI, "拜访了华为，下周三报价，预算30万", "哦不对，是小米", { activities: ["visit@小米"], followUps: ["小米"], deals: ["小米:300000"] }],
    [LI, "跟华为通了电话", "不对，是小米", { activities: ["call@小米"], followUps: [], deals: [] }],
    [LI, "跟华为通了电话", "说错了，是小米，不是华为", { activities: ["call@小米"], followUps: [], deals: [] }],
    [
      AMY,
      "called Acme Corp, budget 40k, follow up friday",
      "sorry, I meant Globex",
      { activities: ["call@Globex"], followUps: ["Globex"], deals: ["Globex:40000"] },
    ],
    [AMY, "met Acme Corp", "oops, it was Globex not Acme Corp", { activities: ["meeting@Globex"], followUps: [], deals: [] }],
    // the name said again with no word of correction before it
    [AMY, "Acme Corp call tmrw 10am", "it was Globex not Acme Corp", { activities: [], followUps: ["Globex"], deals: [] }],
    // a to-do: only its follow-up, whose title holds the message
    [AMY, "need to send Acme Corp the pricing by friday", "sorry, I meant Globex", { activities: [], followUps: ["Globex"], deals: [] }],
    [LI, "双十二之后找华为的何总聊聊续约的事", "不对，是小米", { activities: [], followUps: ["小米"], deals: [] }],
    [LI, "跟华为通了电话", "是小米，不是华为", { activities: ["call@小米"], followUps: [], deals: [] }],
  ] as [Person, string, string, Awaited<ReturnType<typeof rows>>][])("%s: %s, then %s", async (who, first, fix, expected) => {
    await h.say(who, first);
    const reply = textOf(await h.say(who, fix));
    expect(await rows()).toEqual(expected);
    expect(reply).toMatch(/改记到|Moved to/u);
    // the undo of the first sentence is audited like any undo
    expect(await h.t.db.auditLog.count({ where: { action: "turn.undo" } })).toBe(1);
  });

  it.each([
    // more than the name: a sentence of its own
    [LI, "跟华为通了电话", "不对，小米那边也要报价"],
    // the same customer
    [LI, "跟华为通了电话", "不对，是华为"],
  ] as [Person, string, string][])("%s: %s, then %s — nothing moved", async (who, first, fix) => {
    await h.say(who, first);
    await h.say(who, fix);
    expect((await rows()).activities[0]).toBe("call@华为");
    expect(await h.t.db.auditLog.count({ where: { action: "turn.undo" } })).toBe(0);
  });
});

describe("a name taken back inside the sentence itself", () => {
  it.each([
    // probe 13: asked "Acme Corp / Globex / Log it on all 2", which would have written on the wrong one
    [AMY, "Called Acme Corp — sorry, Globex — they want a callback Monday 3pm", { activities: ["call@Globex"], followUps: ["Globex"], deals: [] }],
    [LI, "跟华为，不对，是小米通了电话", { activities: ["call@小米"], followUps: [], deals: [] }],
  ] as [Person, string, Awaited<ReturnType<typeof rows>>][])("%s: %s", async (who, text, expected) => {
    await h.say(who, text);
    expect(await rows()).toEqual(expected);
  });

  it("two names without words taking one back still ask which", async () => {
    const reply = textOf(await h.say(AMY, "called Acme Corp, Globex"));
    expect(reply).toMatch(/Which customer/u);
    expect((await rows()).activities).toEqual([]);
  });
});
