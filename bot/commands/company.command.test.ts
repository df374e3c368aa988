import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithPeople, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { companyCommand } from "./company.command.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
});
afterEach(async () => {
  await h.close();
});

const company = (name: string) => h.t.db.company.findFirst({ where: { name } });

describe("company add / 客户 添加", () => {
  it("adds a company in English with a trailing tier letter", async () => {
    const reply = await h.say(AMY, "company add Acme Corp B");
    expect(textOf(reply).trim()).toBe("🏢 Company created: Acme Corp");
    const row = await company("Acme Corp");
    expect(row?.tier).toBe("B");
    expect(row?.ownerId).toBe((await h.t.db.user.findFirstOrThrow({ where: { name: "Amy Chen" } })).id);
  });

  it("adds a company with the Chinese alias and a lower-case tier", async () => {
    const reply = await h.say(LI, "客户 添加 腾讯科技 a");
    expect(textOf(reply).trim()).toBe("🏢 已新建客户：腾讯科技");
    expect((await company("腾讯科技"))?.tier).toBe("A");
  });

  it("defaults the tier to C and keeps a one-letter name as the name", async () => {
    await h.say(AMY, "company add Globex");
    await h.say(AMY, "company add B");
    expect((await company("Globex"))?.tier).toBe("C");
    expect((await company("B"))?.tier).toBe("C");
  });

  it("does not read a non-tier last word as a tier", async () => {
    await h.say(AMY, "company add Foo Ltd D");
    expect(await company("Foo Ltd D")).not.toBeNull();
  });

  it("answers a duplicate with a friendly 'already exists' and writes nothing", async () => {
    await h.say(LI, "客户 添加 华为 A");
    const audits = await h.t.db.auditLog.count();
    expect(textOf(await h.say(LI, "客户 添加 华为")).trim()).toBe("客户“华为”已经存在。");
    // Same short name under its legal name is the same customer.
    expect(textOf(await h.say(AMY, "company add 华为技术有限公司")).trim()).toBe('Company "华为" already exists.');
    expect(await h.t.db.company.count()).toBe(1);
    expect(await h.t.db.auditLog.count()).toBe(audits);
  });

  it("shows usage when the name is missing", async () => {
    expect(textOf(await h.say(AMY, "company add")).trim()).toBe(`Usage: ${companyCommand.usage.en}`);
    expect(companyCommand.usage.en).toMatch(/^company add <name> \[A\|B\|C\] \| company show <name> \| .* \| company transfer .*\(managers\)$/u);
    expect(textOf(await h.say(LI, "客户")).trim()).toBe(`用法：${companyCommand.usage.zh}`);
    expect(companyCommand.usage.zh).toContain("客户 转移 <名称> <@提及|平台账号|姓名>（经理）");
  });
});

describe("company show / 客户 查看", () => {
  it("shows the 360° card with contacts, deals and open tickets in English", async () => {
    await h.say(AMY, "company add Acme Corp B");
    await h.say(AMY, "contact add Acme Corp Li Lei CTO");
    await h.say(AMY, "deal new Acme Corp 50k qualified");
    await h.say(AMY, "ticket new Acme Corp login broken high");
    const reply = await h.say(AMY, "company show Acme Corp");
    const card = reply.replies[0]?.card;
    expect(card?.title).toBe("Acme Corp · B");
    const text = textOf(reply);
    expect(text).toContain("Contacts: Li Lei (CTO)");
    expect(text).toContain("• #1 Acme Corp · Qualified · $50,000");
    expect(text).toContain("• T1 [high] login broken");
    expect(card?.blocks.at(-1)).toMatchObject({
      type: "actions",
      buttons: [
        { label: "Open deal #1", actionId: "deal.show" },
        { label: "Edit", actionId: "form.open" },
      ],
    });
  });

  it("shows the card in Chinese, finding the company by pinyin", async () => {
    await h.say(LI, "客户 添加 华为 A");
    const reply = await h.say(LI, "客户 查看 huawei");
    expect(reply.replies[0]?.card?.title).toBe("华为 · A");
    expect(textOf(reply)).toContain("等级: A");
    expect(textOf(reply)).toContain("联系人: 无");
  });

  it("reads 'company <name>' without a subcommand as show", async () => {
    await h.say(AMY, "company add Globex");
    expect((await h.say(AMY, "company Globex")).replies[0]?.card?.title).toBe("Globex · C");
  });

  it("answers an unknown company with a not-found sentence", async () => {
    expect(textOf(await h.say(AMY, "company show Nowhere Inc")).trim()).toBe('No company found for "Nowhere Inc".');
    expect(textOf(await h.say(LI, "客户 查看 不存在")).trim()).toBe("没有找到客户“不存在”。");
  });
});
