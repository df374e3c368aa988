import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { splitMergeNames } from "./merge-request.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

describe("merging duplicate customers", () => {
  it("asks first, then moves every record, keeps the old name as an alias and deletes the duplicate; audited", async () => {
    await h.say(LI, "客户 添加 Huawei Tech Co");
    await h.say(LI, "联系人 添加 Huawei Tech Co 张总 13800138000");
    await h.say(LI, "商机 新建 Huawei Tech Co 30万");
    await h.say(LI, "工单 新建 Huawei Tech Co 无法登录 高");
    const dupId = (await h.t.db.company.findFirstOrThrow({ where: { name: "Huawei Tech Co" } })).id;
    const keepId = (await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } })).id;
    const ask = await h.say(LI, "客户 合并 Huawei Tech Co 到 华为");
    expect(textOf(ask)).toContain("1 个联系人、1 个商机");
    // Nothing moved before the confirmation.
    expect(await h.t.db.deal.count({ where: { companyId: keepId } })).toBe(0);
    const done = await h.press(
      LI,
      button(ask, (b) => b.value.endsWith(":yes")),
    );
    expect(textOf(done)).toContain("已把「Huawei Tech Co」合并到「华为」");
    expect(await h.t.db.company.findUnique({ where: { id: dupId } })).toBeNull();
    expect(await h.t.db.deal.count({ where: { companyId: keepId } })).toBe(1);
    expect(await h.t.db.contact.count({ where: { companyId: keepId } })).toBe(1);
    expect(await h.t.db.ticket.count({ where: { companyId: keepId } })).toBe(1);
    const kept = await h.t.db.company.findUniqueOrThrow({ where: { id: keepId } });
    expect(JSON.parse(kept.aliases)).toEqual(["Huawei Tech Co"]);
    expect(await h.t.db.auditLog.count({ where: { action: "company.merge", entityId: dupId } })).toBe(1);
    // The old name still finds the customer.
    expect(textOf(await h.say(LI, "客户 查看 Huawei Tech Co"))).toContain("华为");
    // Pressing again does nothing.
    expect(
      textOf(
        await h.press(
          LI,
          button(ask, (b) => b.value.endsWith(":yes")),
        ),
      ),
    ).toMatch(/失效|expired/);
  });

  it("cancels on No, refuses someone who may not write both customers, and refuses merging a customer into itself", async () => {
    const ask = await h.say(LI, "客户 合并 Acme Corp 到 华为");
    expect(
      textOf(
        await h.press(
          LI,
          button(ask, (b) => b.value.endsWith(":no")),
        ),
      ),
    ).toContain("已取消");
    expect(await h.t.db.company.count()).toBe(2);
    await h.say(BOSS, "user team 李雷 north");
    await h.say(BOSS, "user team Amy Chen south");
    await h.say(BOSS, "客户 转移 华为 李雷");
    await h.say(BOSS, "company transfer Acme Corp Amy Chen");
    const ask2 = await h.say(AMY, "company merge 华为 into Acme Corp");
    const refused = await h.press(
      AMY,
      button(ask2, (b) => b.value.endsWith(":yes")),
    );
    expect(textOf(refused)).not.toContain("Merged");
    expect(await h.t.db.company.count()).toBe(2);
    expect(textOf(await h.say(LI, "客户 合并 华为 到 华为"))).toContain("同一条记录");
  });
});

describe("merging duplicate contacts", () => {
  it("moves their activities, fills empty fields from the duplicate, deletes it; refuses contacts of two customers", async () => {
    await h.say(LI, "联系人 添加 华为 张总 13800138000");
    await h.say(LI, "联系人 添加 华为 张伟 zhang@huawei.com CTO");
    await h.say(LI, "联系人 添加 Acme Corp Bob");
    const ask = await h.say(LI, "联系人 合并 张伟 到 张总");
    await h.press(
      LI,
      button(ask, (b) => b.value.endsWith(":yes")),
    );
    const people = await h.t.db.contact.findMany({ where: { company: { name: "华为" } } });
    expect(people.map((p) => p.name)).toEqual(["张总"]);
    expect(people[0]!.title).toBe("CTO");
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("zhang@huawei.com");
    expect(textOf(await h.say(BOSS, "contact merge Bob into 张总"))).toContain("different customers");
  });
});

describe("merge names", () => {
  it("splits at the spaced word, never inside a name", () => {
    expect(splitMergeNames("京东到家 到 京东")).toEqual({ duplicate: "京东到家", keep: "京东" });
    expect(splitMergeNames("Acme Inc into Acme Corp")).toEqual({ duplicate: "Acme Inc", keep: "Acme Corp" });
    expect(splitMergeNames("华为技术合并到华为")).toEqual({ duplicate: "华为技术", keep: "华为" });
    expect(splitMergeNames("Acme")).toBeNull();
  });
});
