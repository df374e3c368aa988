import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createHarnessWithCompanies, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";

// Companies: 华为 (李雷) and Acme Corp (Amy); BOSS is the admin.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "商机 新建 华为 50万"); // #1
  await h.say(LI, "给华为张总打了电话，下周一再跟进"); // an activity and a follow-up on deal #1
});
afterEach(async () => {
  await h.close();
});

describe("deleting a deal", () => {
  it("moves it to the recycle bin, keeps its activities with the customer, and undo puts everything back", async () => {
    const before = await dealRow(h, 1);
    const reply = await h.say(LI, "商机 删除 1");
    expect(textOf(reply)).toContain("已移到回收站");
    expect(await h.t.db.deal.count()).toBe(0);
    const activity = await h.t.db.activity.findFirstOrThrow();
    expect(activity).toMatchObject({ dealId: null, companyId: before.companyId });
    expect(await h.t.db.auditLog.count({ where: { action: "deal.delete", entityId: before.id } })).toBe(1);
    // A new deal does not take the deleted deal's number.
    await h.say(LI, "商机 新建 华为 10万");
    expect(await h.t.db.deal.findFirstOrThrow()).toMatchObject({ number: 2 });
    // The Undo button under the delete restores it with its id, number, stage history and links.
    const undone = await h.press(
      LI,
      button(reply, (b) => b.actionId === "turn.undo"),
    );
    expect(textOf(undone)).toContain("恢复了");
    const back = await dealRow(h, 1);
    expect(back).toMatchObject({ id: before.id, amountMinor: 50_000_000n, stageId: before.stageId, expectedCloseAt: before.expectedCloseAt });
    expect(back.createdAt.toISOString()).toBe(before.createdAt.toISOString());
    expect(await h.t.db.dealStageChange.count({ where: { dealId: before.id } })).toBe(1);
    expect((await h.t.db.activity.findFirstOrThrow()).dealId).toBe(before.id);
    expect(await h.t.db.followUp.count({ where: { dealId: before.id } })).toBe(1);
    expect(await h.t.db.deletedRecord.count()).toBe(0);
  });

  it("refuses someone who may not change the deal, and a deal with quotes", async () => {
    expect(textOf(await h.say(AMY, "deal delete 1"))).toMatch(/permission|not allowed/i);
    expect(await h.t.db.deal.count()).toBe(1);
    await h.say(LI, "报价 新建 华为 1");
    expect(textOf(await h.say(LI, "商机 删除 1"))).toContain("报价单");
    expect(await h.t.db.deal.count()).toBe(1);
  });
});

describe("the recycle bin", () => {
  it("lists what the user deleted, restores a line, and only admins purge", async () => {
    await h.say(LI, "联系人 添加 华为 王工 13900139000");
    await h.say(LI, "商机 删除 1");
    await h.say(LI, "联系人 移除 王工");
    expect(await h.t.db.contact.count()).toBe(0);
    const list = textOf(await h.say(LI, "回收站"));
    expect(list).toContain("回收站（2）");
    expect(list).toMatch(/1\. 联系人 王工 · 华为/u);
    expect(list).toMatch(/2\. 商机 #1 华为/u);
    // Amy deleted nothing: her bin is empty; the admin sees everyone's.
    expect(textOf(await h.say(AMY, "trash"))).toContain("empty");
    expect(textOf(await h.say(BOSS, "trash"))).toContain("Recycle bin (2)");
    expect(textOf(await h.say(LI, "回收站 恢复 1"))).toContain("已恢复联系人 王工");
    const contact = await h.t.db.contact.findFirstOrThrow();
    expect(contact.phoneHash).not.toBeNull();
    expect(textOf(await h.say(LI, "联系人 查看 王工"))).toContain("13900139000");
    expect(textOf(await h.say(LI, "回收站 清空 全部"))).toContain("只有管理员可以这样做");
    expect(await h.t.db.deletedRecord.count()).toBe(1);
    expect(textOf(await h.say(BOSS, "trash purge all"))).toContain("1 record deleted for good");
    expect(await h.t.db.deletedRecord.count()).toBe(0);
    expect(await h.t.db.auditLog.count({ where: { action: "deal.purge" } })).toBe(1);
    expect(textOf(await h.say(LI, "回收站 恢复 2"))).toMatch(/没有第 2 条|回收站记录/u);
  });

  it("deletes a follow-up by its line in the list, and undo brings it back", async () => {
    await h.say(LI, "跟进 列表");
    const reply = await h.say(LI, "跟进 删除 1");
    expect(textOf(reply)).toContain("已删除");
    expect(await h.t.db.followUp.count()).toBe(0);
    await h.say(LI, "撤销");
    expect(await h.t.db.followUp.count({ where: { done: false } })).toBe(1);
  });
});
