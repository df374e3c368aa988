import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// Undo after a turn that also changed the customer: a win makes a prospect a customer, and
// "华为改成A类客户" sets its tier. Both come back with the rest of the turn, with a line saying so.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "商机 新建 华为 200万");
  await h.say(AMY, "deal new Acme Corp 500k");
});
afterEach(() => h.close());

const company = (name: string) => h.t.db.company.findFirstOrThrow({ where: { name } });

describe("undo puts back what the turn changed on the customer", () => {
  it.each([
    [LI, "华为签了！", "撤销", "华为", "状态", "成交客户 → 潜在客户"],
    [AMY, "Acme Corp signed!", "undo", "Acme Corp", "status", "Customer → Prospect"],
  ])("%s: %s, then %s", async (who, win, undo, name, field, line) => {
    const before = (await company(name)).status;
    await h.say(who, win);
    expect((await company(name)).status).toBe("customer");
    const undone = textOf(await h.say(who, undo));
    expect((await company(name)).status).toBe(before);
    expect(undone).toContain(field);
    expect(undone).toContain(line);
    expect(undone).not.toMatch(/无法撤销|cannot undo/u);
  });

  it("a tier set by a sentence comes back", async () => {
    const before = (await company("华为")).tier;
    await h.say(LI, "华为改成A类客户");
    expect((await company("华为")).tier).toBe("A");
    await h.say(LI, "撤销");
    expect((await company("华为")).tier).toBe(before);
  });

  it("a status changed by someone else since is kept, and the reply says so", async () => {
    await h.say(LI, "华为签了！");
    const c = await company("华为");
    await h.t.db.company.update({ where: { id: c.id }, data: { status: "at-risk" } });
    const undone = textOf(await h.say(LI, "撤销"));
    expect((await company("华为")).status).toBe("at-risk");
    expect(undone).toContain("之后已被修改");
  });

  it("the revert is in the audit trail", async () => {
    await h.say(AMY, "Acme Corp signed!");
    await h.say(AMY, "undo");
    const c = await company("Acme Corp");
    expect(await h.t.db.auditLog.count({ where: { action: "company.undo", entityId: c.id } })).toBe(1);
  });
});

describe("a first amount on a deal that had none", () => {
  it.each([
    [AMY, "company add Globex", "deal new Globex", "Globex wants 20 seats at $1,200 each", "not set → $24,000"],
    [LI, "客户 添加 腾讯", "商机 新建 腾讯", "腾讯预算30万", "未填 → ¥300,000"],
  ])("%s: %s, %s, then %s says %s", async (who, add, create, sentence, line) => {
    await h.say(who, add);
    await h.say(who, create);
    const said = textOf(await h.say(who, sentence));
    expect(said).toContain(line);
    expect(said).not.toMatch(/amount: amount not set|未填金额 →/u);
    expect(said).not.toContain("amount amount");
  });
});
