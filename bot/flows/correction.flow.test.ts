import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localStamp } from "../parse/test-support.js";
import { AMY, LI, type Harness, type Person, buttons, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// NOW (harness) is Wednesday 2026-11-25 10:00 in Shanghai. A correction typed right after a logged
// sentence fixes that sentence's follow-up and deal; it logs nothing of its own.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "商机 新建 华为 20万");
  await h.say(AMY, "deal new Acme Corp 200k");
  await h.say(AMY, "user timezone Asia/Shanghai");
});
afterEach(() => h.close());

const openFollowUps = () => h.t.db.followUp.findMany({ where: { done: false }, orderBy: { dueAt: "asc" } });
/** `fix` leaves one open follow-up, due at `due` (a prefix of its Shanghai stamp), logs nothing and offers Undo. */
async function expectMovedBy(who: Person, fix: string, due: string) {
  const activities = await h.t.db.activity.count();
  const reply = await h.say(who, fix);
  const open = await openFollowUps();
  expect(open).toHaveLength(1);
  expect(localStamp(open[0]!.dueAt, "Asia/Shanghai")).toMatch(new RegExp(`^${due}`));
  expect(await h.t.db.activity.count()).toBe(activities);
  expect(textOf(reply)).toMatch(/已更正|Corrected/u);
  expect(buttons(reply).some((b) => b.actionId === "turn.undo")).toBe(true);
}
const dealAmount = async (name: string) => (await h.t.db.deal.findFirstOrThrow({ where: { company: { name } } })).amountMinor;

describe("a new date: the follow-up just set moves, no second one, no note", () => {
  it.each([
    [LI, "跟华为通了电话，下周二给报价", "不对，是下周三", "2026-12-02"],
    [LI, "拜访了华为，下周一再沟通", "说错了，应该是下周四下午3点", "2026-12-03 15:00"],
    // the Thursday of the week already planned (next Tuesday, Dec 1), not tomorrow
    [AMY, "called Acme Corp, they want a quote next Tuesday", "sorry, I meant Thursday", "2026-12-03"],
    [AMY, "met Acme Corp, follow up next Monday", "correction: next Friday 3pm", "2026-12-04 15:00"],
    // a day without a time keeps the time the follow-up had
    [AMY, "called Acme Corp, they want a demo next Wed 2pm", "sorry, I meant Thursday", "2026-12-03 14:00"],
    [LI, "约了华为下周一下午3点开会", "不对，是下周二", "2026-12-01 15:00"],
    // a time without a day keeps the day the follow-up had (it moved to today)
    [AMY, "Acme Corp - call tmrw 11", "make it 2pm", "2026-11-26 14:00"],
    [LI, "约了华为下周一下午3点开会", "不对，是下午4点", "2026-11-30 16:00"],
    // "actually" / 改成 with only a time or a day after them; a reminder (a follow-up without an activity)
    [AMY, "call Acme Corp tomorrow 9am", "actually 11am", "2026-11-26 11:00"],
    [LI, "下周三上午跟华为开会", "改成下午3点", "2026-12-02 15:00"],
    [AMY, "remind me to call Acme Corp on friday at 10am", "make it 2pm", "2026-11-27 14:00"],
    [LI, "提醒我周五给华为打电话", "不对，是下午4点", "2026-11-27 16:00"],
    // the follow-up named and moved (probe: asked which customer, then set a second follow-up)
    [AMY, "visited Acme Corp today, f/u next week", "change the f/u to the 3rd", "2026-12-03"],
    [AMY, "visited Acme Corp today, f/u next week", "actually f/u on the 3rd", "2026-12-03"],
    [AMY, "lunch w/ Acme Corp tmrw", "wait it's on friday", "2026-11-27 12:00"],
  ] as [Person, string, string, string][])("%s: %s, then %s", async (who, first, fix, due) => {
    await h.say(who, first);
    await expectMovedBy(who, fix, due);
  });
});

describe("a new date after a sentence that set none: the rep's open follow-up with that customer moves", () => {
  it.each([
    // the Thursday of the week already planned (next Tuesday, Dec 1), not tomorrow
    [AMY, "remind me to call Acme Corp next Tuesday at 10am", "called Acme Corp", "actually make that thursday", "2026-12-03 10:00"],
    [LI, "提醒我下周二上午10点给华为打电话", "跟华为通了电话", "不对，改到下周四", "2026-12-03 10:00"],
    [AMY, "follow up with Acme Corp next Monday", "emailed Acme Corp the deck", "sorry, I meant next Friday 3pm", "2026-12-04 15:00"],
  ] as [Person, string, string, string, string][])("%s: %s; %s; then %s", async (who, plan, logged, fix, due) => {
    await h.say(who, plan);
    await h.say(who, logged);
    await expectMovedBy(who, fix, due);
  });

  it("no open follow-up with that customer: the new date becomes one", async () => {
    await h.say(AMY, "called Acme Corp");
    const reply = await h.say(AMY, "actually make that thursday");
    const open = await openFollowUps();
    expect(open).toHaveLength(1);
    expect(localStamp(open[0]!.dueAt, "Asia/Shanghai")).toMatch(/^2026-11-26/u);
    expect(textOf(reply)).toMatch(/Corrected/u);
  });
});

describe("a new amount: the deal of the sentence just logged", () => {
  it.each([
    [LI, "跟华为通了电话，预算30万", "说错了，预算是25万", "华为", 25_000_000n, "¥300,000 → ¥250,000"],
    [AMY, "called Acme Corp, budget is 300k", "sorry, I meant 250k", "Acme Corp", 25_000_000n, "$300,000 → $250,000"],
    // a figure alone after "actually" / "no" / "wait"
    [AMY, "Acme Corp quick call, budget 300k", "actually 250k", "Acme Corp", 25_000_000n, "$300,000 → $250,000"],
    [AMY, "Acme Corp quick call, budget 300k", "wait, 250k not 300k", "Acme Corp", 25_000_000n, "$300,000 → $250,000"],
    // a turn that only changed the deal (probe 11: asked "which customer?" and kept the wrong amount)
    [LI, "华为商机金额改成30万", "写错了，是28万", "华为", 28_000_000n, "¥300,000 → ¥280,000"],
    [LI, "华为商机金额改成30万", "不对，是28万", "华为", 28_000_000n, "¥300,000 → ¥280,000"],
    [AMY, "Acme Corp deal is now 300k", "oops, I meant 280k", "Acme Corp", 28_000_000n, "$300,000 → $280,000"],
  ] as [Person, string, string, string, bigint, string][])("%s: %s, then %s", async (who, first, fix, company, minor, line) => {
    await h.say(who, first);
    const activities = await h.t.db.activity.count();
    const reply = textOf(await h.say(who, fix));
    expect(await dealAmount(company)).toBe(minor);
    expect(reply).toContain(line);
    expect(await h.t.db.activity.count()).toBe(activities);
  });

  it("undo takes the corrected amount back", async () => {
    await h.say(LI, "跟华为通了电话，预算30万");
    await h.say(LI, "说错了，预算是25万");
    await h.say(LI, "撤销");
    expect(await dealAmount("华为")).toBe(30_000_000n);
  });
});

describe("not a correction of the last sentence", () => {
  it("nothing logged recently: asks which customer, as any sentence without one", async () => {
    const reply = await h.say(LI, "不对，是下周三");
    expect(textOf(reply)).not.toMatch(/已更正/u);
    expect(await openFollowUps()).toHaveLength(0);
  });

  it("a correction that names a customer is a sentence of its own", async () => {
    await h.say(LI, "客户 添加 腾讯");
    await h.say(LI, "跟华为通了电话，下周二给报价");
    await h.say(LI, "不对，是跟腾讯通的电话，下周三报价");
    expect((await openFollowUps()).length).toBeGreaterThanOrEqual(1);
    expect(await h.t.db.activity.count()).toBe(2);
  });

  it("an undone sentence is not corrected", async () => {
    await h.say(LI, "跟华为通了电话，下周二给报价");
    await h.say(LI, "撤销");
    const reply = await h.say(LI, "不对，是下周三");
    expect(textOf(reply)).not.toMatch(/已更正/u);
  });
});

describe("a correction of the kind logged", () => {
  it.each([
    [LI, "华为 电话", "不对，是拜访", "call", "visit", "电话 → 拜访"],
    [AMY, "called Acme Corp", "oops, it was a meeting not a call", "call", "meeting", "a call → a meeting"],
    [AMY, "called Acme Corp", "sorry, I meant email", "call", "email", "a call → an email"],
  ] as const)("%# %s, then %s", async (who: Person, text, correction, before, after, said) => {
    await h.say(who, text);
    const activities = await h.t.db.activity.count();
    const reply = await h.say(who, correction);
    const logged = await h.t.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect([logged.kind, await h.t.db.activity.count()]).toEqual([after, activities]);
    expect(textOf(reply)).toContain(said);
    // audited, and undo puts the kind back
    expect(await h.t.db.auditLog.count({ where: { action: "activity.rekind", entityId: logged.id } })).toBe(1);
    await h.say(who, "undo");
    expect((await h.t.db.activity.findUniqueOrThrow({ where: { id: logged.id } })).kind).toBe(before);
  });

  it("'…not a call' after something logged as another kind changes nothing", async () => {
    await h.say(AMY, "Acme Corp wants a 3 year deal at 70k/yr");
    await h.say(AMY, "oops, it was a meeting not a call");
    expect(await h.t.db.auditLog.count({ where: { action: "activity.rekind" } })).toBe(0);
  });

  it("the same kind again changes nothing and says so", async () => {
    await h.say(LI, "华为 拜访");
    const reply = await h.say(LI, "不对，是拜访");
    expect(textOf(reply)).toContain("已经是拜访");
    expect(await h.t.db.auditLog.count({ where: { action: "activity.rekind" } })).toBe(0);
  });

  it("a plan logged as a note keeps its kind, and no fix is claimed", async () => {
    await h.say(LI, "明天下午3点跟华为开会");
    const reply = await h.say(LI, "不对，是拜访");
    expect(await h.t.db.auditLog.count({ where: { action: "activity.rekind" } })).toBe(0);
    expect(textOf(reply)).not.toContain("已更正");
  });

  it.each([
    [AMY, "called Acme Corp", "sorry, they want to meet in person"],
    [LI, "跟华为打了电话", "不对，他们要开会"],
  ] as const)("%# what the customer wants is no fix of the kind: %s, then %s", async (who: Person, text, news) => {
    await h.say(who, text);
    await h.say(who, news);
    expect(await h.t.db.auditLog.count({ where: { action: "activity.rekind" } })).toBe(0);
  });
});

describe("a fix of something no field holds (a discount, a detail)", () => {
  it.each([
    [LI, "跟华为通了电话，客户要九五折", "不对，是九折", "华为", "补记为备注"],
    [LI, "拜访了华为，他们想要三年框架合同", "说错了，是两年", "华为", "补记为备注"],
    [AMY, "called Acme Corp, they asked for 10% off", "no wait, 15%", "Acme Corp", "Add as a note"],
    [AMY, "called Acme Corp, they asked for 10% off", "actually 20% off", "Acme Corp", "Add as a note"],
  ] as [Person, string, string, string, string][])("%# %s, then %s: nothing changes, a note is offered", async (who, first, fix, company, label) => {
    await h.say(who, first);
    const before = { activities: await h.t.db.activity.count(), audit: await h.t.db.auditLog.count(), deals: await h.t.db.deal.findMany() };
    const reply = await h.say(who, fix);
    // nothing written until the user says so, and the reply says why
    expect(await h.t.db.activity.count()).toBe(before.activities);
    expect(await h.t.db.auditLog.count()).toBe(before.audit);
    expect(await h.t.db.deal.findMany()).toEqual(before.deals);
    expect(textOf(reply)).toMatch(/什么都没改|Nothing changed/u);
    expect(textOf(reply)).toContain(company);
    const added = await h.press(who, buttons(reply).find((b) => b.label === label)!);
    expect(textOf(added)).not.toMatch(/没看懂|could not find/u);
    const note = await h.t.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect(note).toMatchObject({ kind: "note", summary: fix });
    expect(note.company?.name).toBe(company);
    expect(await h.t.db.deal.findMany({ select: { amountMinor: true, stageId: true } })).toEqual(
      before.deals.map((d) => ({ amountMinor: d.amountMinor, stageId: d.stageId })),
    );
  });

  it("nothing logged recently: no offer, the sentence is read as any other", async () => {
    const reply = await h.say(LI, "不对，是九折");
    expect(textOf(reply)).not.toContain("补记为备注");
    expect(await h.t.db.activity.count()).toBe(0);
  });
});
