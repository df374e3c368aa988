import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.js";
import { AMY, BOSS, createHarnessWithPeople, type Harness, LI, type Person, textOf } from "../../test/bot-harness.js";

const ZED: Person = { platformUserId: "zed", displayName: "Zed" };
let h: Harness;

// 李雷 (rep) and Amy (manager) are in team East; Zed is a rep without a team; 王经理 is admin.
beforeAll(async () => {
  h = await createHarnessWithPeople();
  await h.say(ZED, "help");
  await h.say(BOSS, "user team li East");
  await h.say(BOSS, "user team amy East");
  await h.say(BOSS, "user role amy manager");
  await h.say(LI, "客户 添加 华为 A");
  await h.say(AMY, "company add Acme Corp B");
  await h.say(ZED, "company add Globex");
  await h.say(LI, "商机 新建 华为 20万 方案报价");
  await h.say(AMY, "deal new Acme Corp 50k qualified");
  await h.say(ZED, "deal new Globex 10k");
  await h.say(ZED, "deal new Globex 5k won");
});
afterAll(async () => {
  await h.close();
});

const fieldsOf = (card: Card | undefined) =>
  Object.fromEntries(card?.blocks.flatMap((b) => (b.type === "fields" ? b.fields.map((f) => [f.label, f.value]) : [])) ?? []);

/** "2 deals · $1 + ¥2" → ["2 deals", "$1", "¥2"] with the amounts sorted: currency order is not part of the contract. */
const parts = (value: string | undefined) => {
  const [count = "", amounts = ""] = (value ?? "").split(" · ");
  return [count, ...amounts.split(" + ").sort()];
};

async function pipeline(who: Person, text: string) {
  const reply = await h.say(who, text);
  return { card: reply.replies[0]?.card, fields: fieldsOf(reply.replies[0]?.card), text: textOf(reply).trim() };
}

describe("pipeline / 漏斗", () => {
  it("漏斗 for a rep is their own deals, in Chinese", async () => {
    const { card, fields } = await pipeline(LI, "漏斗");
    expect(card?.title).toBe("销售漏斗");
    expect(fields["方案报价"]).toBe("1个 · ¥200,000");
    expect(fields["需求确认"]).toBe("0个 · ¥0");
    expect(fields["进行中合计"]).toBe("1个 · ¥200,000");
  });

  it("pipeline mine / 漏斗 我的 count only the asker's deals", async () => {
    const zed = await pipeline(ZED, "pipeline mine");
    expect(zed.fields).toMatchObject({ Lead: "1 deal · $10,000", Won: "1 deal · $5,000", "Open total": "1 deal · $10,000" });
    expect((await pipeline(LI, "漏斗 我的")).fields["进行中合计"]).toBe("1个 · ¥200,000");
  });

  it("pipeline team sums the team, in every currency", async () => {
    const team = await pipeline(LI, "pipeline team");
    expect(parts(team.fields["进行中合计"])).toEqual(parts("2个 · ¥200,000 + US$50,000"));
    const manager = await pipeline(AMY, "pipeline");
    expect(manager.fields).toMatchObject({ Qualified: "1 deal · $50,000", Proposal: "1 deal · CN¥200,000" });
    expect(parts(manager.fields["Open total"])).toEqual(parts("2 deals · CN¥200,000 + $50,000"));
  });

  it("pipeline team without a team falls back to the asker's own deals", async () => {
    expect((await pipeline(ZED, "pipeline team")).fields["Open total"]).toBe("1 deal · $10,000");
  });

  it("the admin sees all deals", async () => {
    const all = await pipeline(BOSS, "pipeline all");
    expect(parts(all.fields["Open total"])).toEqual(parts("3 deals · CN¥200,000 + $60,000"));
    expect(all.fields["Won"]).toBe("1 deal · $5,000");
    expect(parts((await pipeline(BOSS, "pipeline")).fields["Open total"])).toEqual(parts("3 deals · CN¥200,000 + $60,000"));
  });

  it("a rep or a manager asking for all gets a permission reply, not a card", async () => {
    const rep = await pipeline(ZED, "pipeline all");
    expect(rep.card).toBeUndefined();
    expect(rep.text).toBe("You don't have permission to see that (reps see their own, managers their team's, admins everyone's).");
    expect((await pipeline(LI, "漏斗 全部")).text).toBe("你没有权限查看这些（销售看自己的，经理看本团队的，管理员看全部）。");
    expect((await pipeline(AMY, "pipeline all")).card).toBeUndefined();
  });
});
