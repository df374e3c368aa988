import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

const ticket = (number: number) => h.t.db.ticket.findUniqueOrThrow({ where: { number }, include: { company: true } });
const hoursAfterNow = (hours: number) => new Date(Date.parse("2026-11-25T02:00:00Z") + hours * 3_600_000).toISOString();

describe("ticket new / 工单 新建", () => {
  it("工单 新建 华为 产品无法登录 高 → high priority, answer due in 2 hours", async () => {
    const reply = await h.say(LI, "工单 新建 华为 产品无法登录 高");
    expect(textOf(reply).trim().split("\n")[0]).toBe("🎫 工单 T1 已创建：华为 · 产品无法登录 [高]，需在 11月25日周三 12:00 前响应");
    const row = await ticket(1);
    expect(row).toMatchObject({ title: "产品无法登录", priority: "high", status: "open" });
    expect(row.company.name).toBe("华为");
    expect(row.slaDueAt.toISOString()).toBe(hoursAfterNow(2));
  });

  it("English: a two-word company, a multi-word problem and 'urgent' → 1 hour", async () => {
    const reply = await h.say(AMY, "ticket new Acme Corp login broken urgent");
    expect(textOf(reply).trim().split("\n")[0]).toBe("🎫 Ticket T1 raised: Acme Corp · login broken [urgent]; answer due by Wed, Nov 25, 11:00 AM");
    const row = await ticket(1);
    expect([row.title, row.priority, row.slaDueAt.toISOString()]).toEqual(["login broken", "urgent", hoursAfterNow(1)]);
  });

  it("'high' in English and 紧急 / 低 in Chinese", async () => {
    await h.say(AMY, "ticket new Acme invoice wrong high");
    await h.say(LI, "工单 新建 华为 宕机 紧急");
    await h.say(LI, "工单 新建 华为 咨询 低");
    expect([(await ticket(1)).priority, (await ticket(1)).slaDueAt.toISOString()]).toEqual(["high", hoursAfterNow(2)]);
    expect([(await ticket(2)).priority, (await ticket(2)).slaDueAt.toISOString()]).toEqual(["urgent", hoursAfterNow(1)]);
    expect([(await ticket(3)).priority, (await ticket(3)).slaDueAt.toISOString()]).toEqual(["low", hoursAfterNow(24)]);
  });

  it("without a priority word the ticket is normal with an 8-hour SLA and keeps every word", async () => {
    await h.say(AMY, "ticket new Acme Corp login broken");
    const row = await ticket(1);
    expect([row.title, row.priority, row.slaDueAt.toISOString()]).toEqual(["login broken", "normal", hoursAfterNow(8)]);
  });

  it("a lone priority word is the problem, not the priority", async () => {
    await h.say(AMY, "ticket new Acme urgent");
    expect(await ticket(1)).toMatchObject({ title: "urgent", priority: "normal" });
  });

  it("answers an unknown company and usage, raising nothing", async () => {
    expect(textOf(await h.say(LI, "工单 新建 小米 无法登录")).trim()).toBe("没有找到客户“小米”。");
    expect(textOf(await h.say(AMY, "ticket new Acme")).trim()).toMatch(/^Usage: ticket new <company> <problem>/);
    expect(await h.t.db.ticket.count()).toBe(0);
  });
});

describe("ticket <n> priority / assign: editing from chat", () => {
  it("raises the priority and counts the SLA again from when the ticket was raised, audited", async () => {
    await h.say(LI, "工单 新建 华为 产品无法登录");
    expect((await ticket(1)).slaDueAt.toISOString()).toBe(hoursAfterNow(8));
    const reply = textOf(await h.say(LI, "工单 T1 优先级 紧急"));
    expect(reply).toContain("工单 T1 优先级已改为「紧急」，需在 11月25日周三 11:00 前响应");
    const row = await ticket(1);
    expect([row.priority, row.slaDueAt.toISOString()]).toEqual(["urgent", hoursAfterNow(1)]);
    expect(await h.t.db.auditLog.count({ where: { action: "ticket.priority", entityId: row.id } })).toBe(1);
    expect(textOf(await h.say(LI, "工单 1 优先级 超级急"))).toContain("低、普通、高、紧急");
    expect((await ticket(1)).priority).toBe("urgent");
  });

  it("gives the ticket to someone else by name, audited; a closed one stays as it is", async () => {
    await h.say(LI, "工单 新建 华为 发票错误");
    await h.say(LI, "ticket 1 assign Amy Chen");
    const amy = await h.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId: "amy" } });
    expect((await ticket(1)).assigneeId).toBe(amy.userId);
    expect(await h.t.db.auditLog.count({ where: { action: "ticket.assign" } })).toBe(1);
    await h.say(LI, "工单 关闭 1");
    expect(textOf(await h.say(LI, "工单 1 交给 李雷"))).not.toContain("李雷 ·");
    expect((await ticket(1)).assigneeId).toBe(amy.userId);
  });
});
