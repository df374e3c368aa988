import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonsOf } from "../../cards/model.js";
import { AMY, BOSS, createHarnessWithCompanies, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

describe("deal new / 商机 新建", () => {
  it("商机 新建 华为 20万 方案报价 → ¥200,000 (20000000 minor CNY) at Proposal", async () => {
    const reply = await h.say(LI, "商机 新建 华为 20万 方案报价");
    expect(reply.replies[0]?.text).toBe("🆕 新商机 #1 华为（¥200,000）");
    const deal = await dealRow(h, 1);
    expect(deal.amountMinor).toBe(20_000_000n);
    expect(deal.currency).toBe("CNY");
    expect(deal.stage.key).toBe("proposal");
    const card = reply.replies[1]?.card;
    expect(card?.title).toBe("#1 华为");
    expect(buttonsOf(card!).map((b) => b.label)).toEqual(["推进到 商务谈判", "赢单", "输单", "编辑"]);
  });

  it("deal new in English reads 50k as USD and the stage word", async () => {
    const reply = await h.say(AMY, "deal new Acme Corp 50k qualified");
    expect(reply.replies[0]?.text).toBe("🆕 New deal #1 Acme Corp ($50,000)");
    const deal = await dealRow(h, 1);
    expect([deal.amountMinor, deal.currency, deal.stage.key]).toEqual([5_000_000n, "USD", "qualified"]);
  });

  it("defaults to Lead with no amount", async () => {
    await h.say(AMY, "deal new Acme Corp");
    const deal = await dealRow(h, 1);
    expect([deal.amountMinor, deal.stage.key]).toEqual([0n, "lead"]);
    expect(await h.t.db.dealStageChange.count({ where: { dealId: deal.id } })).toBe(1);
  });

  it("answers an unknown company and creates nothing", async () => {
    expect(textOf(await h.say(LI, "商机 新建 小米 10万")).trim()).toBe("没有找到客户“小米”。");
    expect(await h.t.db.deal.count()).toBe(0);
  });
});

describe("deal move / 商机 推进", () => {
  it("商机 推进 1 商务谈判 moves the deal and keeps the history", async () => {
    await h.say(LI, "商机 新建 华为 20万 方案报价");
    const before = await dealRow(h, 1);
    const reply = await h.say(LI, "商机 推进 1 商务谈判");
    expect(reply.replies[0]?.text).toBe("➡️ 商机 #1 已推进到「商务谈判」");
    const deal = await dealRow(h, 1);
    expect(deal.stage.key).toBe("negotiation");
    expect(deal.version).toBe(before.version + 1);
    expect(await h.t.db.dealStageChange.count({ where: { dealId: deal.id } })).toBe(2);
  });

  it("deal move by company name and English stage; won sets closedAt", async () => {
    await h.say(AMY, "deal new Acme Corp 50k");
    expect((await h.say(AMY, "deal move Acme Corp won")).replies[0]?.text).toBe("➡️ Deal #1 moved to Won");
    const deal = await dealRow(h, 1);
    expect(deal.stage.key).toBe("won");
    expect(deal.closedAt?.toISOString()).toBe("2026-11-25T02:00:00.000Z");
  });

  it("refuses a rep moving someone else's deal", async () => {
    await h.say(LI, "商机 新建 华为 20万 方案报价");
    expect(textOf(await h.say(AMY, "deal move 1 lost"))).toMatch(/^You don't have permission/);
    expect((await dealRow(h, 1)).stage.key).toBe("proposal");
  });

  it("shows usage when the stage is not recognised", async () => {
    await h.say(AMY, "deal new Acme Corp");
    expect(textOf(await h.say(AMY, "deal move 1 sideways")).trim()).toMatch(/^Usage: deal new/);
    expect((await dealRow(h, 1)).stage.key).toBe("lead");
  });
});

describe("deal show / list", () => {
  beforeEach(async () => {
    await h.say(LI, "商机 新建 华为 20万 方案报价");
    await h.say(AMY, "deal new Acme Corp 50k qualified");
    await h.say(AMY, "deal new Acme Corp 80k proposal");
  });

  it("商机 查看 1 shows the deal card in Chinese", async () => {
    const reply = await h.say(LI, "商机 查看 1");
    expect(reply.replies[0]?.card?.title).toBe("#1 华为");
    expect(textOf(reply)).toContain("金额: ¥200,000");
    expect(textOf(reply)).toContain("负责人: 李雷");
  });

  it("a rep cannot view another rep's deal", async () => {
    expect(textOf(await h.say(LI, "商机 查看 2"))).toContain("没有权限");
  });

  it("an ambiguous company reference lists the candidates", async () => {
    expect(textOf(await h.say(AMY, "deal show Acme Corp"))).toContain("#2 Acme Corp");
  });

  it("deal list shows only the rep's own open deals, by stage then amount", async () => {
    const reply = await h.say(AMY, "deal list");
    expect(reply.replies[0]?.card?.title).toBe("Deals (2)");
    expect(textOf(reply)).toContain("#2 Acme Corp · Qualified · $50,000 · Amy Chen\n#3 Acme Corp · Proposal · $80,000 · Amy Chen");
    expect(buttonsOf(reply.replies[0]!.card!).map((b) => b.actionId)).toEqual(["deal.show", "deal.show"]);
  });

  it("deal list <stage> filters by stage", async () => {
    const reply = await h.say(AMY, "deal list proposal");
    expect(reply.replies[0]?.card?.title).toBe("Deals (1) · Proposal");
    expect(textOf(reply)).toContain("#3 Acme Corp · Proposal");
    expect(textOf(reply)).not.toContain("#2");
    expect(textOf(await h.say(AMY, "deal list negotiation")).trim()).toBe("No deals match (Negotiation).");
  });

  it("商机 列表 商务谈判 in Chinese; the admin sees everyone's deals", async () => {
    await h.say(LI, "商机 推进 1 商务谈判");
    expect(textOf(await h.say(LI, "商机 列表 商务谈判"))).toContain("#1 华为 · 商务谈判 · ¥200,000 · 李雷");
    expect((await h.say(BOSS, "deal list")).replies[0]?.card?.title).toBe("Deals (3)");
  });
});
