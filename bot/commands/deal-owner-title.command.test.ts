import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarness, dealRow, type Harness, LI, textOf, userRow } from "../../test/bot-harness.js";
import { Notifier } from "../delivery/notifier.js";

const SAM = { platformUserId: "sam", displayName: "Sam" };
const MIA = { platformUserId: "mia", displayName: "Mia", locale: "en" as const };

let h: Harness;
beforeEach(async () => {
  h = await createHarness(undefined, { notifier: new Notifier(["local"]) });
  for (const who of [BOSS, LI, AMY]) await h.say(who, "help");
  await h.say(SAM, "help");
  await h.say(MIA, "help");
  for (const [who, team] of [
    ["李雷", "North"],
    ["Amy Chen", "North"],
    ["Mia", "North"],
    ["Sam", "South"],
  ] as const)
    await h.say(BOSS, `user team ${who} ${team}`);
  await h.say(BOSS, "user role Mia manager");
  await h.say(LI, "客户 添加 华为");
  await h.say(LI, "商机 新建 华为 20万");
  await h.say(LI, "跟进 添加 明天下午3点 给华为发方案");
  await h.t.db.followUp.updateMany({ data: { dealId: (await dealRow(h, 1)).id } });
});
afterEach(async () => {
  await h.close();
});

describe("deal <n> owner / 商机 <n> 交给", () => {
  it("hands the deal and its open follow-ups to a teammate, audited, and tells the new owner", async () => {
    const reply = textOf(await h.say(LI, "商机 1 交给 Amy Chen"));
    expect(reply).toContain("商机 #1 已交给 Amy Chen，1 条未完成跟进一并转交");
    const amy = await userRow(h, "amy");
    const deal = await dealRow(h, 1);
    expect(deal.ownerId).toBe(amy.id);
    expect((await h.t.db.followUp.findFirstOrThrow()).ownerId).toBe(amy.id);
    expect(await h.t.db.auditLog.count({ where: { action: "deal.reassign", entityId: deal.id } })).toBe(1);
    const told = await h.t.db.outboxMessage.findMany({ where: { conversationId: "user:amy" } });
    expect(told.map((m) => m.payload).join("")).toContain("handed deal #1");
  });

  it("lets the manager hand it over in English by company name; refuses another team and strangers", async () => {
    expect(textOf(await h.say(MIA, "deal 华为 owner Amy Chen"))).toContain("Deal #1 now belongs to Amy Chen");
    expect(textOf(await h.say(MIA, "deal 1 owner Sam"))).toMatch(/permission/i);
    expect(textOf(await h.say(SAM, "deal 1 owner Sam"))).toMatch(/permission|权限/i);
    expect((await dealRow(h, 1)).ownerId).toBe((await userRow(h, "amy")).id);
  });

  it("an admin may move a deal to another team; the deal follows its owner's team", async () => {
    await h.say(BOSS, "deal 1 owner Sam");
    const sam = await userRow(h, "sam");
    const deal = await dealRow(h, 1);
    expect([deal.ownerId, deal.teamId]).toEqual([sam.id, sam.teamId]);
  });
});

describe("deal <n> title / 商机 <n> 改名", () => {
  it("renames the deal, audited, and keeps it otherwise", async () => {
    expect(textOf(await h.say(LI, "商机 1 改名 华为数据中心二期"))).toContain("商机 #1 已改名为：华为数据中心二期");
    const deal = await dealRow(h, 1);
    expect([deal.title, deal.amountMinor]).toEqual(["华为数据中心二期", 20_000_000n]);
    expect(await h.t.db.auditLog.count({ where: { action: "deal.update", entityId: deal.id } })).toBe(1);
  });

  it("a customer whose exact name holds the words is shown, not renamed", async () => {
    await h.say(LI, "company add Old Republic Title Partners");
    await h.say(LI, "deal new Old Republic Title Partners 10k");
    const reply = textOf(await h.say(LI, "deal Old Republic Title Partners"));
    expect(reply).toContain("Old Republic Title Partners");
    expect((await dealRow(h, 2)).title).toBe("Old Republic Title Partners");
  });
});
