import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies(); // 华为 (李雷's), Acme Corp (Amy's)
  await h.say(LI, "联系人 添加 华为 张总 13800138000");
  await h.say(LI, "联系人 添加 华为 李工 13900139000");
  for (const [who, team] of [
    ["李雷", "North"],
    ["Amy Chen", "South"],
  ] as const)
    await h.say(BOSS, `user team ${who} ${team}`);
  // 华为 was added before the teams existed: it belongs to 李雷's team from now on.
  const north = await h.t.db.team.findUniqueOrThrow({ where: { name: "North" } });
  await h.t.db.company.updateMany({ where: { name: "华为" }, data: { teamId: north.id } });
});
afterEach(async () => {
  await h.close();
});

/** Through the domain: phone and email are stored encrypted. */
const contact = async (name: string) => {
  const row = await h.t.db.contact.findFirstOrThrow({ where: { name } });
  return h.domain.contacts.get(row.id);
};

describe("contact <name> <field> <value> / 联系人 <姓名> 电话 …", () => {
  it("changes phone, email, title and WeChat id in Chinese and English, stored sealed and audited", async () => {
    expect(textOf(await h.say(LI, "联系人 张总 电话 138-0013-9999"))).toContain("联系人 张总 的电话已改为：138-0013-9999");
    expect(textOf(await h.say(LI, "联系人 张总 邮箱 zhang@huawei.example"))).toContain("zhang@huawei.example");
    expect(textOf(await h.say(LI, "contact 张总 title CTO"))).toContain("CTO");
    await h.say(LI, "联系人 张总 微信 zhang_wx");
    const zhang = await contact("张总");
    expect([zhang.phone, zhang.email, zhang.title, zhang.wechatId]).toEqual(["138-0013-9999", "zhang@huawei.example", "CTO", "zhang_wx"]);
    const raw = await h.t.db.contact.findFirstOrThrow({ where: { name: "张总" } });
    expect(raw.phone).not.toContain("9999");
    expect(await h.t.db.auditLog.count({ where: { action: "contact.update", entityId: raw.id } })).toBe(4);
    // The new phone finds the contact; the old one no longer does.
    expect((await h.domain.contacts.findByName("13800139999")).id).toBe(raw.id);
  });

  it("clears a field with 无 / none, and renames", async () => {
    await h.say(LI, "联系人 张总 职位 总经理");
    expect(textOf(await h.say(LI, "联系人 张总 职位 无"))).toContain("已清空");
    expect((await contact("张总")).title).toBeNull();
    expect(textOf(await h.say(LI, "contact 张总 name 张伟"))).toContain("联系人 张总 的姓名已改为：张伟");
    expect((await h.domain.contacts.findByName("张伟")).name).toBe("张伟");
  });

  it("refuses a bad phone or email, a phone another contact there has, and another team's contact", async () => {
    expect(textOf(await h.say(LI, "联系人 张总 电话 call-me"))).toMatch(/电话/);
    expect(textOf(await h.say(LI, "联系人 张总 电话 12345"))).toMatch(/电话.*格式不正确/);
    expect(textOf(await h.say(LI, "联系人 张总 电话 1-2-3-4-5"))).toMatch(/电话.*格式不正确/);
    expect(textOf(await h.say(LI, "联系人 张总 邮箱 not-an-email"))).toMatch(/邮箱/);
    expect(textOf(await h.say(LI, "联系人 张总 电话 13900139000"))).toContain("李工");
    expect(textOf(await h.say(AMY, "contact 张总 phone 13700000000"))).not.toContain("is now");
    expect((await contact("张总")).phone).toBe("13800138000");
  });
});
