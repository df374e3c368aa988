import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createHarnessWithCompanies, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

/** Stage, version, history and audit rows of deal #n: everything a refused click must leave alone. */
async function snapshot(n: number) {
  const deal = await dealRow(h, n);
  return {
    stage: deal.stage.key,
    version: deal.version,
    history: await h.t.db.dealStageChange.count({ where: { dealId: deal.id } }),
    audits: await h.t.db.auditLog.count(),
  };
}

describe("deal.move-stage", () => {
  it("a fresh card button moves the deal and answers with the new card", async () => {
    const card = await h.say(AMY, "deal new Acme Corp 50k qualified");
    const next = button(card, (b) => b.label === "Move to Proposal");
    const reply = await h.press(AMY, next);
    expect(reply.replies.find((r) => r.text)?.text).toBe("➡️ Deal #1 moved to Proposal");
    expect(button(reply, (b) => b.label === "Move to Negotiation").value).toMatch(/:negotiation:1$/);
    const after = await snapshot(1);
    expect([after.stage, after.version, after.history]).toEqual(["proposal", 1, 2]);
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const card = await h.say(AMY, "deal new Acme Corp 50k qualified");
    const stale = button(card, (b) => b.value.includes(":proposal:"));
    await h.say(AMY, "deal move 1 negotiation");
    const before = await snapshot(1);
    const reply = await h.press(AMY, stale);
    expect(textOf(reply).trim()).toBe("Someone changed this record just now. Please look at it again and retry.");
    expect(await snapshot(1)).toEqual(before);
    expect(before.stage).toBe("negotiation");
  });

  it("a double click: the second press of the same button is refused", async () => {
    const card = await h.say(LI, "商机 新建 华为 20万 方案报价");
    const won = button(card, (b) => b.label === "赢单");
    expect((await h.press(LI, won)).replies.find((r) => r.text)?.text).toBe("➡️ 商机 #1 已推进到「赢单」");
    const after = await snapshot(1);
    const lost = button(card, (b) => b.label === "输单");
    expect(textOf(await h.press(LI, lost)).trim()).toBe("这条记录刚被别人修改过，请刷新后再试。");
    expect(await snapshot(1)).toEqual(after);
    expect(after.stage).toBe("won");
  });

  it("a forged value for someone else's deal is a permission reply and changes nothing", async () => {
    await h.say(LI, "商机 新建 华为 20万 方案报价");
    const deal = await dealRow(h, 1);
    const before = await snapshot(1);
    const reply = await h.press(AMY, { actionId: "deal.move-stage", value: `${deal.id}:lost:${deal.version}` });
    expect(textOf(reply).trim()).toBe("You don't have permission for that (you can change your own records; managers their team's).");
    expect(await snapshot(1)).toEqual(before);
  });

  it("the admin may move anyone's deal from a card", async () => {
    await h.say(LI, "商机 新建 华为 20万 方案报价");
    const deal = await dealRow(h, 1);
    await h.press(BOSS, { actionId: "deal.move-stage", value: `${deal.id}:negotiation:${deal.version}` });
    expect((await snapshot(1)).stage).toBe("negotiation");
  });

  it.each([
    ["garbage", "Invalid action value: garbage."],
    ["", "Invalid action value: ."],
    ["abc:proposal", "Invalid action value: abc:proposal."],
    ["abc:proposal:v1", "Invalid action value: abc:proposal:v1."],
  ])("a malformed value %j is a friendly invalid-input reply", async (value, expected) => {
    await h.say(AMY, "deal new Acme Corp");
    const before = await snapshot(1);
    expect(textOf(await h.press(AMY, { actionId: "deal.move-stage", value })).trim()).toBe(expected);
    expect(await snapshot(1)).toEqual(before);
    expect(h.errors).toEqual([]);
  });

  it("an unknown deal id or stage key is a not-found reply", async () => {
    await h.say(AMY, "deal new Acme Corp");
    const deal = await dealRow(h, 1);
    expect(textOf(await h.press(AMY, { actionId: "deal.move-stage", value: "nope:won:0" })).trim()).toBe('No deal found for "nope".');
    expect(textOf(await h.press(AMY, { actionId: "deal.move-stage", value: `${deal.id}:moon:0` })).trim()).toBe('No stage found for "moon".');
    expect((await snapshot(1)).stage).toBe("lead");
  });
});
