import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { readBirthday } from "./birthday.js";

// Companies: 华为 (李雷, zh) and Acme Corp (Amy, en); BOSS is the admin.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

const company = (name: string) => h.t.db.company.findFirstOrThrow({ where: { name } });

describe("company edits from chat", () => {
  it("renames a customer; the old name no longer finds it, the new one does; audited", async () => {
    expect(textOf(await h.say(AMY, "company Acme Corp rename Acme Robotics"))).toContain("Acme Robotics");
    const row = await company("Acme Robotics");
    expect(row.searchKey.split(" ")[0]).toBe("acmerobotics");
    expect(textOf(await h.say(AMY, "company show Acme Robotics"))).toContain("Acme Robotics");
    expect(await h.t.db.auditLog.count({ where: { action: "company.update", entityId: row.id } })).toBe(1);
    // Another customer's name is refused; nothing changes.
    expect(textOf(await h.say(AMY, "company Acme Robotics rename 华为"))).toMatch(/already exists|已存在/);
    expect((await h.t.db.company.findUniqueOrThrow({ where: { id: row.id } })).name).toBe("Acme Robotics");
  });

  it("adds aliases (English/Chinese names) that find the customer in commands and sentences", async () => {
    await h.say(LI, "客户 华为 别名 Huawei Technologies, HW");
    const row = await company("华为");
    expect(JSON.parse(row.aliases)).toEqual(["Huawei Technologies", "HW"]);
    expect(textOf(await h.say(LI, "客户 查看 Huawei Technologies"))).toContain("华为");
    expect(textOf(await h.say(LI, "客户 查看 华为"))).toMatch(/别名\s*[:：]?\s*Huawei Technologies、HW/u);
    await h.say(LI, "called Huawei Technologies about the rollout");
    expect(await h.t.db.activity.count({ where: { companyId: row.id, kind: "call" } })).toBe(1);
    await h.say(LI, "客户 华为 去掉别名 HW");
    expect(JSON.parse((await company("华为")).aliases)).toEqual(["Huawei Technologies"]);
    // A new customer named like an alias is that customer.
    expect(textOf(await h.say(AMY, "company add Huawei Technologies"))).toContain('Company "华为" already exists');
    // An alias another customer answers to is refused.
    expect(textOf(await h.say(LI, "客户 华为 别名 Acme Corp"))).toMatch(/已经存在|already exists/);
    expect(JSON.parse((await company("华为")).aliases)).toEqual(["Huawei Technologies"]);
  });

  it("sets the lifecycle status in both languages; a won deal makes a prospect a customer; lists filter by it", async () => {
    expect((await company("华为")).status).toBe("prospect");
    await h.say(LI, "客户 华为 状态 流失");
    expect((await company("华为")).status).toBe("churned");
    await h.say(AMY, "company Acme Corp status at risk");
    expect((await company("Acme Corp")).status).toBe("at-risk");
    expect(textOf(await h.say(BOSS, "company list churned"))).toContain("华为");
    expect(textOf(await h.say(BOSS, "company list churned"))).not.toContain("Acme Corp");
    expect(textOf(await h.say(AMY, "company Acme Corp status sleepy"))).not.toMatch(/updated/i);
    expect((await company("Acme Corp")).status).toBe("at-risk");
    await h.say(LI, "客户 添加 腾讯");
    await h.say(LI, "商机 新建 腾讯 10万");
    await h.say(LI, "商机 推进 1 赢单");
    expect((await company("腾讯")).status).toBe("customer");
    expect(textOf(await h.say(LI, "客户 查看 腾讯"))).toContain("成交客户");
  });

  it("lists customers by owner", async () => {
    expect(textOf(await h.say(BOSS, "company list owner Amy Chen"))).toContain("Acme Corp");
    expect(textOf(await h.say(BOSS, "company list owner Amy Chen"))).not.toContain("华为");
  });
});

describe("deal edits from chat", () => {
  beforeEach(async () => {
    await h.say(LI, "商机 新建 华为 50万"); // #1
    await h.say(AMY, "deal new Acme Corp 20k"); // #2
  });

  it("changes the amount, keeping the deal's currency unless one is stated; says old → new", async () => {
    expect(textOf(await h.say(LI, "商机 1 金额 80万"))).toContain("¥500,000 → ¥800,000");
    expect((await dealRow(h, 1)).amountMinor).toBe(80_000_000n);
    await h.say(AMY, "deal 2 amount 25000");
    expect(await dealRow(h, 2)).toMatchObject({ amountMinor: 2_500_000n, currency: "USD" });
    await h.say(AMY, "deal 2 amount €30k");
    expect(await dealRow(h, 2)).toMatchObject({ amountMinor: 3_000_000n, currency: "EUR" });
    expect(textOf(await h.say(AMY, "deal 2 amount lots"))).toMatch(/Could not read the amount “lots”, e\.g\. deal 2 amount 50k/);
    expect((await dealRow(h, 2)).amountMinor).toBe(3_000_000n);
  });

  it("overrides the win probability, and resets it to the stage's", async () => {
    expect(textOf(await h.say(LI, "商机 1 赢率 70%"))).toContain("70%");
    expect((await dealRow(h, 1)).probability).toBe(70);
    expect(textOf(await h.say(LI, "商机 查看 1"))).toMatch(/赢单概率\s*[:：]?\s*70%/u);
    expect(textOf(await h.say(LI, "商机 1 赢率 150%"))).toContain("读不出赢单概率「150%」");
    await h.say(LI, "商机 1 赢率 默认");
    expect((await dealRow(h, 1)).probability).toBeNull();
    expect(textOf(await h.say(LI, "商机 查看 1"))).toMatch(/赢单概率\s*[:：]?\s*10%/u);
  });

  it("records the lost reason and the contract start (a past start is fine)", async () => {
    await h.say(AMY, "deal 2 lost reason went with a cheaper vendor");
    expect((await dealRow(h, 2)).lostReason).toBe("went with a cheaper vendor");
    await h.say(LI, "商机 1 合同开始 2026-11-01");
    expect((await dealRow(h, 1)).startsAt?.toISOString()).toBe("2026-11-01T12:00:00.000Z");
    await h.say(LI, "商机 1 合同到期 2027-10-31");
    const card = textOf(await h.say(LI, "商机 查看 1"));
    expect(card).toMatch(/合同开始/u);
    expect(card).toMatch(/合同到期/u);
  });

  it("refuses another rep's deal and writes nothing", async () => {
    expect(textOf(await h.say(AMY, "deal 1 amount 1"))).toMatch(/permission|not allowed/i);
    expect((await dealRow(h, 1)).amountMinor).toBe(50_000_000n);
  });
});

describe("contact edits from chat", () => {
  beforeEach(async () => {
    await h.say(LI, "联系人 添加 华为 张总 13800138000");
  });

  it("sets a birthday with or without the year, and refuses a day that does not exist", async () => {
    await h.say(LI, "联系人 张总 生日 1980年5月12日");
    expect((await h.t.db.contact.findFirstOrThrow()).birthday).toBe("1980-05-12");
    await h.say(LI, "联系人 张总 生日 5月12日");
    expect((await h.t.db.contact.findFirstOrThrow()).birthday).toBe("--05-12");
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("5月12日");
    expect(textOf(await h.say(LI, "联系人 张总 生日 2月30日"))).toMatch(/生日|birthday/);
    expect(textOf(await h.say(LI, "联系人 张总 生日 明年"))).toContain("读不出生日");
    expect((await h.t.db.contact.findFirstOrThrow()).birthday).toBe("--05-12");
  });

  it("adds and removes tags", async () => {
    await h.say(LI, "联系人 张总 标签 决策人, 技术");
    expect(JSON.parse((await h.t.db.contact.findFirstOrThrow()).tags)).toEqual(["决策人", "技术"]);
    await h.say(LI, "联系人 张总 去掉标签 技术");
    expect(JSON.parse((await h.t.db.contact.findFirstOrThrow()).tags)).toEqual(["决策人"]);
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("决策人");
  });
});

describe("birthday reader", () => {
  it("reads the usual forms", () => {
    expect(readBirthday("1980-05-12")).toBe("1980-05-12");
    expect(readBirthday("1980/5/2")).toBe("1980-05-02");
    expect(readBirthday("5月12号")).toBe("--05-12");
    expect(readBirthday("May 12")).toBe("--05-12");
    expect(readBirthday("12 May 1980")).toBe("1980-05-12");
    expect(readBirthday("Sept 3rd, 1975")).toBe("1975-09-03");
    expect(readBirthday("next week")).toBeNull();
  });
});
