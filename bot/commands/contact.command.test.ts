import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

// Through the domain: phone and email are stored encrypted.
const contact = async (name: string) => {
  const row = await h.t.db.contact.findFirst({ where: { name } });
  return row ? h.domain.contacts.get(row.id) : null;
};

describe("contact add / 联系人 添加", () => {
  it("adds 张总 with a phone to 华为", async () => {
    const reply = await h.say(LI, "联系人 添加 华为 张总 13800138000");
    expect(textOf(reply).trim()).toBe("👤 已添加联系人 张总（华为）");
    const row = await contact("张总");
    expect(row?.company.name).toBe("华为");
    expect(row?.phone).toBe("13800138000");
    expect(row?.title).toBeNull();
  });

  it("takes a two-word company and a two-word English name, then email and title", async () => {
    const reply = await h.say(AMY, "contact add Acme Corp Li Lei li@acme.com CTO");
    expect(textOf(reply).trim()).toBe("👤 Contact Li Lei added to Acme Corp");
    const row = await contact("Li Lei");
    expect(row).toMatchObject({ email: "li@acme.com", title: "CTO", phone: null });
    expect(row?.company.name).toBe("Acme Corp");
  });

  it("reads a lower-case second word as the title, not the surname", async () => {
    await h.say(AMY, "contact add Acme Bob buyer");
    expect(await contact("Bob")).toMatchObject({ title: "buyer" });
  });

  it("answers a malformed email with a friendly error and stores nothing", async () => {
    expect(textOf(await h.say(AMY, "contact add Acme Corp Bob bob@acme")).trim()).toBe("Invalid email address.");
    expect(textOf(await h.say(LI, "联系人 添加 华为 张总 zhang@@huawei.com"))).toMatch(/^输入有误：邮箱（格式不正确）/);
    expect(await h.t.db.contact.count()).toBe(0);
  });

  it("answers an unknown company with not-found", async () => {
    expect(textOf(await h.say(LI, "联系人 添加 小米 雷总")).trim()).toBe("没有找到客户“小米”。");
    expect(await h.t.db.contact.count()).toBe(0);
  });

  it("shows usage when the name is missing", async () => {
    expect(textOf(await h.say(AMY, "contact add Acme")).trim()).toMatch(/^Usage: contact add <company> <name>/);
  });
});

describe("contact show / 联系人 查看", () => {
  it("shows the contact card in Chinese", async () => {
    await h.say(LI, "联系人 添加 华为 张总 13800138000");
    const reply = await h.say(LI, "联系人 查看 张总");
    expect(reply.replies[0]?.card?.title).toBe("张总 · 华为");
    expect(textOf(reply)).toContain("电话: 13800138000");
    expect(textOf(reply)).toContain("邮箱: 无");
  });

  it("shows the contact card in English by full name", async () => {
    await h.say(AMY, "contact add Acme Corp Li Lei li@acme.com CTO");
    const reply = await h.say(AMY, "contact show Li Lei");
    expect(reply.replies[0]?.card?.title).toBe("Li Lei · Acme Corp");
    expect(textOf(reply)).toContain("Title: CTO");
    expect(textOf(reply)).toContain("Email: li@acme.com");
  });

  it("answers an unknown contact with not-found", async () => {
    expect(textOf(await h.say(AMY, "contact show Nobody")).trim()).toBe('No contact found for "Nobody".');
  });
});
