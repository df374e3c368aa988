import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Notifier } from "../delivery/notifier.js";
import { AMY, BOSS, createHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

const MGR = { platformUserId: "mgr", displayName: "Manager Zhou", locale: "en" as const };
const AMY_EN = { ...AMY, locale: "en" as const };

describe("user leave <name> to <name>: hand-over and deactivation", () => {
  let h: Harness;
  const userId = async (platformUserId: string) => (await h.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId } })).userId;
  beforeEach(async () => {
    h = await createHarness(undefined, { notifier: new Notifier(["local"]) });
    for (const who of [BOSS, LI, AMY_EN, MGR]) await h.say(who, "help");
    for (const who of ["li", "amy", "mgr"]) await h.say(BOSS, `user team ${who} North`);
    await h.say(BOSS, "user role mgr manager");
    await h.say(LI, "company add Acme Corp");
    await h.say(LI, "deal new Acme Corp 100000");
    await h.say(LI, "company add Globex");
    await h.say(LI, "deal new Globex 5000 won");
    await h.say(LI, "跟进 添加 明天 给Acme回电话");
  });
  afterEach(() => h.close());

  it("moves open deals, customers and open follow-ups in one audited step, deactivates the leaver and tells everyone", async () => {
    const [li, amy] = [await userId("li"), await userId("amy")];
    const reply = await h.say(MGR, "user leave li to amy");
    expect(textOf(reply)).toMatch(/李雷 deactivated; work handed to Amy Chen: 1 deal, 2 customers, 1 follow-up,/);
    const deals = await h.t.db.deal.findMany({ include: { stage: true }, orderBy: { number: "asc" } });
    expect(deals.map((d) => [d.stage.kind, d.ownerId])).toEqual([
      ["open", amy],
      ["won", li], // closed deals keep their owner (commission history)
    ]);
    expect((await h.t.db.company.findMany()).every((c) => c.ownerId === amy)).toBe(true);
    expect((await h.t.db.followUp.findMany()).map((f) => f.ownerId)).toEqual([amy]);
    expect((await h.t.db.user.findUniqueOrThrow({ where: { id: li } })).active).toBe(false);
    const audit = await h.t.db.auditLog.findMany({ where: { action: "user.leave" } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ successorId: amy, active: false });
    const told = await h.t.db.outboxMessage.findMany();
    const to = told.map((m) => m.conversationId).sort();
    expect(to).toEqual(["user:amy", "user:li"]); // the manager asked, so only the two people are told
  });

  it("a deactivated person gets a polite refusal and nothing they send is recorded", async () => {
    await h.say(BOSS, "user leave li to amy");
    const reply = await h.say(LI, "跟Acme Corp通了电话");
    expect(textOf(reply)).toContain("账号已停用");
    expect(await h.t.db.activity.count()).toBe(0);
  });

  it("a rep cannot hand over a colleague, nor anyone themselves; nothing moves", async () => {
    expect(textOf(await h.say(AMY_EN, "user leave li to amy"))).toMatch(/permission/i);
    expect(textOf(await h.say(LI, "用户 离职 li 交给 amy"))).toMatch(/权限/);
    const li = await userId("li");
    expect((await h.t.db.user.findUniqueOrThrow({ where: { id: li } })).active).toBe(true);
    expect((await h.t.db.deal.findMany()).every((d) => d.ownerId === li)).toBe(true);
  });

  it("names the usage when the successor is missing", async () => {
    expect(textOf(await h.say(BOSS, "user leave li"))).toMatch(/user leave <name> to <name>/);
  });
});
