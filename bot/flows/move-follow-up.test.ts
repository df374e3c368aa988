import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localStamp } from "../parse/test-support.js";
import { AMY, LI, type Harness, type Person, buttons, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// A sentence that moves something already arranged moves the open follow-up instead of adding a
// second one (the old date would fire as overdue). NOW is the harness's clock.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

const open = (companyName: string) => h.t.db.followUp.findMany({ where: { done: false, company: { name: companyName } }, orderBy: { dueAt: "asc" } });

describe("one open follow-up with the customer: it gets the new date", () => {
  it.each([
    [LI, "跟华为通了电话，下周二给报价", "华为的报价推迟到下周四", "Asia/Shanghai", "华为", "已改到"],
    [LI, "约了华为下周一下午3点开会", "和华为的会改到下周三上午10点", "Asia/Shanghai", "华为", "已改到"],
    [AMY, "call with Acme Corp next Monday 3pm", "pushed the Acme Corp call to next Wednesday 4pm", "America/New_York", "Acme Corp", "Moved to"],
    [AMY, "called Acme Corp, they want a quote next Tuesday", "Acme Corp asked to move the quote to next Friday", "America/New_York", "Acme Corp", "Moved to"],
    [LI, "约了华为下周一下午3点开会", "和华为的会推迟到下周三", "Asia/Shanghai", "华为", "15:00"],
    // the day ruled out first is not the new one
    [LI, "约了华为下周一下午3点开会", "华为那边说下周不方便，改到下下周", "Asia/Shanghai", "华为", "15:00"],
    [AMY, "call with Acme Corp next Monday 3pm", "Acme Corp wants to move our Monday call to next Thursday same time", "America/New_York", "Acme Corp", "3:00"],
  ] as [Person, string, string, string, string, string][])("%s: %s, then %s", async (who, first, move, zone, company, said) => {
    await h.say(who, `user timezone ${zone}`);
    await h.say(who, first);
    const [before] = await open(company);
    expect(before).toBeDefined();
    const reply = textOf(await h.say(who, move));
    const after = await open(company);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before!.id);
    expect(after[0]!.dueAt.getTime()).toBeGreaterThan(before!.dueAt.getTime());
    expect(reply).toContain(said);
    expect(await h.t.db.auditLog.count({ where: { action: "followup.reschedule", entityId: before!.id } })).toBe(1);
  });
});

describe("a busy rep: the customer's follow-up is found however many others are open", () => {
  it("moves 华为's follow-up behind 120 earlier ones with another customer", async () => {
    await h.say(LI, "跟华为通了电话，下周二给报价");
    const [before] = await open("华为");
    const other = await h.t.db.company.findFirstOrThrow({ where: { name: { not: "华为" } } });
    await h.t.db.followUp.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        title: `other ${i}`,
        dueAt: new Date(h.clock.now().getTime() + 3600_000),
        ownerId: before!.ownerId,
        companyId: other.id,
      })),
    });
    const reply = textOf(await h.say(LI, "华为的报价推迟到下周四"));
    const after = await open("华为");
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before!.id);
    expect(after[0]!.dueAt.getTime()).toBeGreaterThan(before!.dueAt.getTime());
    expect(reply).toContain("已改到");
  });
});

describe("undo puts the follow-up back on its earlier date", () => {
  it("撤销 after 推迟到", async () => {
    await h.say(LI, "跟华为通了电话，下周二给报价");
    const [before] = await open("华为");
    await h.say(LI, "华为的报价推迟到下周四");
    const undone = textOf(await h.say(LI, "撤销"));
    const [after] = await open("华为");
    expect(after!.dueAt.getTime()).toBe(before!.dueAt.getTime());
    expect(localStamp(after!.dueAt, "Asia/Shanghai")).toBe(localStamp(before!.dueAt, "Asia/Shanghai"));
    expect(undone).toContain("跟进「给华为发报价」");
    expect(undone).not.toMatch(/无法撤销/u);
  });
});

describe("several open follow-ups: the bot asks which one moves, and writes nothing until answered", () => {
  it("asks, then moves the one picked", async () => {
    await h.say(LI, "跟华为通了电话，下周二给报价");
    await h.say(LI, "约了华为下周五下午3点拜访");
    const before = await open("华为");
    expect(before).toHaveLength(2);
    const activities = await h.t.db.activity.count();
    const asked = await h.say(LI, "华为的报价推迟到下周四");
    expect(await h.t.db.activity.count()).toBe(activities);
    const choices = buttons(asked);
    expect(choices.map((b) => b.label).join("\n")).toContain("给华为发报价");
    await h.press(LI, choices.find((b) => b.label.includes("给华为发报价"))!);
    const after = await open("华为");
    expect(after).toHaveLength(2);
    const quote = after.find((f) => f.id === before[0]!.id)!;
    expect(quote.dueAt.getTime()).toBeGreaterThan(before[0]!.dueAt.getTime());
    expect(after.find((f) => f.id === before[1]!.id)!.dueAt.getTime()).toBe(before[1]!.dueAt.getTime());
    expect(await h.t.db.activity.count()).toBe(activities + 1);
  });

  it("'none' adds a new follow-up beside them", async () => {
    await h.say(LI, "跟华为通了电话，下周二给报价");
    await h.say(LI, "约了华为下周五下午3点拜访");
    const asked = await h.say(LI, "华为的报价推迟到下周四");
    await h.press(LI, buttons(asked).find((b) => b.label.includes("新建一条跟进"))!);
    expect(await open("华为")).toHaveLength(3);
  });
});

describe("no open follow-up, or no move: a follow-up is set as before", () => {
  it.each([
    [LI, "华为的报价推迟到下周四", 1],
    [AMY, "pushed the Acme Corp call to next Wednesday 4pm", 1],
  ] as [Person, string, number][])("%s: %s", async (who, text, count) => {
    await h.say(who, text);
    expect(await h.t.db.followUp.count({ where: { done: false } })).toBe(count);
  });

  it("a second plain follow-up stays a second one", async () => {
    await h.say(LI, "跟华为通了电话，下周二给报价");
    await h.say(LI, "拜访了华为，下周四再沟通");
    expect(await open("华为")).toHaveLength(2);
  });
});
