import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonsOf } from "../../cards/model.js";
import { AMY, BOSS, createHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

const LI_EN = { ...LI, locale: "en" as const };

describe("customer profile from chat: tier, industry, region, tags, and the filtered list", () => {
  let h: Harness;
  const company = (name: string) => h.t.db.company.findFirstOrThrow({ where: { name } });
  beforeEach(async () => {
    h = await createHarness();
    await h.say(BOSS, "help");
    await h.say(LI, "帮助");
    await h.say(AMY, "help");
    await h.say(BOSS, "user team li North");
    await h.say(BOSS, "user team amy South");
    await h.say(LI, "company add 华为");
    await h.say(LI, "company add Acme Robotics");
  });
  afterEach(() => h.close());

  it("by command: tier, industry, region, tags added and removed; one audit row each", async () => {
    expect(textOf(await h.say(LI, "客户 华为 等级 A"))).toContain("已更新客户资料：华为");
    await h.say(LI, "客户 华为 行业 通信设备");
    await h.say(LI, "客户 华为 地区 华南");
    await h.say(LI, "客户 华为 标签 VIP, 重点");
    await h.say(LI_EN, "company Acme Robotics tier b");
    await h.say(LI_EN, "company Acme Robotics tag automation");
    let row = await company("华为");
    expect([row.tier, row.industry, row.region, JSON.parse(row.tags)]).toEqual(["A", "通信设备", "华南", ["VIP", "重点"]]);
    await h.say(LI, "客户 华为 去掉标签 vip");
    row = await company("华为");
    expect(JSON.parse(row.tags)).toEqual(["重点"]);
    expect((await company("Acme Robotics")).tier).toBe("B");
    expect(await h.t.db.auditLog.count({ where: { action: "company.update" } })).toBe(7);
  });

  it.each([
    ["华为改成A类客户", "华为", "A"],
    ["把华为设为B类", "华为", "B"],
    ["make Acme Robotics tier A", "Acme Robotics", "A"],
    ["Acme Robotics is now a tier C customer", "Acme Robotics", "C"],
  ])("by sentence: %s", async (text, name, tier) => {
    await h.say(LI, text);
    expect((await company(name)).tier).toBe(tier);
    expect(await h.t.db.activity.count()).toBe(0);
  });

  it("a bad tier names the field and changes nothing; an unknown customer's sentence is not an edit", async () => {
    expect(textOf(await h.say(LI_EN, "company Acme Robotics tier Z"))).not.toContain("updated");
    expect((await company("Acme Robotics")).tier).toBe("C");
    await h.say(LI, "Globex改成A类客户");
    expect(await h.t.db.company.count({ where: { tier: "A" } })).toBe(0);
  });

  it("only someone who may write the customer can change it", async () => {
    const refused = await h.say({ ...AMY, locale: "en" }, "company 华为 tier A");
    expect(textOf(refused)).toMatch(/permission|belongs|owner/i);
    expect((await company("华为")).tier).toBe("C");
  });

  it("a customer whose name holds a field word is shown, not edited", async () => {
    await h.say(LI, "company add Global Region Partners");
    const reply = await h.say(LI_EN, "company Global Region Partners");
    expect(reply.replies[0]?.card?.title).toContain("Global Region Partners");
    expect((await company("Global Region Partners")).region).toBeNull();
  });

  it("company list filters by tier, own customers and words in industry, region or tags; buttons open the card", async () => {
    await h.say(LI, "客户 华为 等级 A");
    await h.say(LI, "客户 华为 地区 华南");
    await h.say(LI, "客户 Acme Robotics 标签 华南");
    await h.say({ ...AMY, locale: "en" }, "company add Zeta Corp A");
    const all = textOf(await h.say(LI_EN, "company list"));
    expect(all).toContain("华为");
    expect(all).toContain("Acme Robotics");
    expect(all).not.toContain("Zeta Corp"); // another team's customer
    const tierA = await h.say(LI_EN, "company list A");
    expect(textOf(tierA)).toContain("华为");
    expect(textOf(tierA)).not.toContain("Acme Robotics");
    expect(textOf(await h.say(LI, "客户 列表 华南"))).toMatch(/华为[\s\S]*Acme Robotics|Acme Robotics[\s\S]*华为/);
    expect(textOf(await h.say(LI, "客户 列表 B"))).toContain("没有符合条件的客户");
    const button = buttonsOf(tierA.replies[0]!.card!).find((b) => b.label === "华为")!;
    const card = await h.press(LI_EN, button);
    expect(card.replies[0]?.card?.title).toContain("华为");
  });
});
