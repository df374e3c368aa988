import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, buttonsOf, type LocalApp, startLocalApp } from "./local-app.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const MINUTE = 60_000;

let a: LocalApp;
const userId = async (platformUserId: string) => (await a.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId } })).userId;
const ticket = (number: number) => a.t.db.ticket.findUniqueOrThrow({ where: { number }, include: { company: true } });

beforeAll(async () => {
  a = await startLocalApp(NOW);
  await a.say("boss", "help", { displayName: "王总" });
  await a.say("li", "帮助", { displayName: "李雷" });
  await a.say("amy", "help", { displayName: "Amy Chen" });
  await a.say("mgr", "帮助", { displayName: "张经理" });
  await a.say("boss", "user role 张经理 manager");
  for (const who of ["李雷", "Amy Chen", "张经理"]) await a.say("boss", `user team "${who}" Service`);
  await a.say("li", "客户 添加 华为 A");
  await a.say("li", "联系人 添加 华为 张总 13800138000");
});
afterAll(async () => {
  await a.close();
});

describe("customer service through the local channel", () => {
  it("puts agents on the rota (managers and admins only) and assigns new tickets round-robin, durably", async () => {
    expect(allText(await a.say("li", "工单 客服 Amy Chen"))).toMatch(/没有权限/);
    expect(allText(await a.say("mgr", "ticket agent Amy Chen"))).toContain("已加入客服轮值");
    await a.say("boss", "ticket agent 张经理");
    await a.say("li", "工单 新建 华为 发票抬头错误");
    await a.say("li", "工单 新建 华为 需要培训");
    await a.say("li", "工单 新建 华为 咨询续费 低");
    const amy = await userId("amy");
    const mgr = await userId("mgr");
    expect([(await ticket(1)).assigneeId, (await ticket(2)).assigneeId, (await ticket(3)).assigneeId]).toEqual([amy, mgr, amy]);
    const team = await a.t.db.team.findUniqueOrThrow({ where: { name: "Service" } });
    expect(await a.t.db.assignmentCursor.findUnique({ where: { key: `ticket:team:${team.id}` } })).toMatchObject({ lastUserId: amy });
    // The assignee gets the ticket card directly.
    await a.app.outbox.drain();
    expect(a.app.localSender.list({ user: "mgr" }).some((d) => d.reply.card?.title.includes("T2"))).toBe(true);
    expect(await a.t.db.auditLog.count({ where: { action: "user.support-agent" } })).toBe(2);
  });

  it("SLA from the priority, first response on Start, status from card buttons, CSAT on close feeds health", async () => {
    const raised = await a.say("li", "工单 新建 华为 产品无法登录 high");
    const t = await ticket(4);
    expect(t.priority).toBe("high");
    expect(t.slaDueAt.toISOString()).toBe(new Date(NOW.getTime() + 2 * 60 * MINUTE).toISOString());
    expect(t.assigneeId).toBe(await userId("mgr"));
    const start = buttonsOf(raised.replies).find((b) => b.value === `${t.id}:pending`)!;
    await a.app.outbox.drain(); // the assignee has the ticket card before anyone presses a button

    a.clock.advance(25 * MINUTE);
    expect(allText(await a.press("amy", { actionId: "ticket.status", value: `${t.id}:pending` }))).not.toMatch(/permission|权限/);
    const started = await ticket(4);
    expect(started.status).toBe("pending");
    expect(started.firstResponseAt?.toISOString()).toBe(new Date(NOW.getTime() + 25 * MINUTE).toISOString());
    // Pressing the stale Start button again changes nothing.
    await a.press("mgr", start);
    expect((await ticket(4)).firstResponseAt?.toISOString()).toBe(started.firstResponseAt?.toISOString());

    a.clock.advance(60 * MINUTE);
    const resolved = await a.press("mgr", { actionId: "ticket.status", value: `${t.id}:resolved` });
    expect(resolved.replies[0]?.updatesSource).toBe(true);
    const from = a.app.localSender.list().at(-1)?.id ?? 0;
    const closed = await a.press("mgr", { actionId: "ticket.status", value: `${t.id}:closed` });
    expect(allText(closed)).toContain("T4");
    const closedRow = await ticket(4);
    expect(closedRow.status).toBe("closed");
    expect(closedRow.closedAt?.toISOString()).toBe(new Date(NOW.getTime() + 85 * MINUTE).toISOString());

    // The rep who raised it gets the survey card; the ticket card posted to the assignee is updated in place.
    await a.app.outbox.drain();
    const sent = a.app.localSender.list().filter((d) => d.id > from);
    const survey = sent.find(
      (d) => d.target.platformUserId === "li" && d.reply.card?.blocks.some((b) => b.type === "actions" && b.buttons.some((x) => x.actionId === "ticket.csat")),
    );
    expect(survey).toBeDefined();
    expect(sent.some((d) => d.replaces !== undefined && d.reply.card?.title.includes("T4"))).toBe(true);
    const twoStars = buttonsOf([survey!.reply as never]).find((b) => b.value === `${t.id}:2`)!;

    // Someone with nothing to do with the ticket cannot score it.
    expect(allText(await a.press("stranger", twoStars))).toMatch(/permission|权限/);
    expect((await ticket(4)).csatScore).toBeNull();
    expect(allText(await a.press("li", twoStars))).toContain("★★");
    const rated = await ticket(4);
    expect(rated.csatScore).toBe(2);
    // 100 − ★★ ((5 − 2) × 10) − 4 tickets opened in the last 30 days × 5 = 50.
    expect((await a.t.db.company.findUniqueOrThrow({ where: { id: t.companyId } })).healthScore).toBe(50);
    // Score recorded once; the rep's next message is the customer's comment.
    expect(allText(await a.press("li", twoStars))).toMatch(/已经记录|already/);
    expect(allText(await a.say("li", "客户说响应太慢"))).toContain("评价已保存");
    expect((await ticket(4)).csatComment).toBe("客户说响应太慢");
    expect(await a.t.db.auditLog.count({ where: { action: "ticket.csat", entityId: t.id } })).toBe(1);
    expect(await a.t.db.auditLog.count({ where: { action: "company.health", entityId: t.companyId } })).toBeGreaterThanOrEqual(1);
  });

  it("an overdue open ticket lowers health; a 5-star rating raises it", async () => {
    const t1 = await ticket(1);
    a.clock.advance(24 * 60 * MINUTE);
    await a.say("mgr", "ticket close 2");
    // T1 (normal, 8 h) and T3 are overdue now: (2 + …) averaged minus penalties.
    const company = await a.t.db.company.findUniqueOrThrow({ where: { id: t1.companyId } });
    // 100 − ★★ 30 − 2 overdue open tickets × 10 − 4 recent tickets × 5 − a day of silence for an A-tier customer (40 × 1 ÷ 60 → 1) = 29.
    expect(company.healthScore).toBe(29);
    await a.say("li", "工单 满意度 T2 5 很满意");
    expect((await ticket(2)).csatScore).toBe(5);
    // Ratings ★★ and ★★★★★ average 3.5: 15 instead of 30 → 44.
    expect((await a.t.db.company.findUniqueOrThrow({ where: { id: t1.companyId } })).healthScore).toBe(44);
  });

  it("knowledge base: managers and agents add, everyone searches, a new ticket gets similar answers", async () => {
    expect(allText(await a.say("li", "知识库 添加 如何开发票 | 在门户里申请"))).toMatch(/没有权限/);
    expect(allText(await a.say("mgr", "知识库 添加 产品无法登录怎么办 | 清除浏览器缓存后重试，仍不行请重置密码"))).toContain("已加入知识库");
    expect(allText(await a.say("amy", "kb add How do I reset my password | Use the 'forgot password' link on the login page"))).toContain("Added");
    expect(allText(await a.say("li", "知识库 搜索 登录"))).toContain("清除浏览器缓存");
    expect(allText(await a.say("li", "kb search reset password"))).toContain("forgot password");
    expect(allText(await a.say("li", "kb search pasword"))).toContain("forgot password");
    expect(allText(await a.say("li", "知识库 搜索 报价流程"))).toContain("没有找到");

    const raised = await a.say("li", "工单 新建 华为 客户登录不了系统 高");
    expect(allText(raised)).toContain("清除浏览器缓存后重试");
    expect(await a.t.db.auditLog.count({ where: { action: "kb.add" } })).toBe(2);
  });

  it("a forwarded customer message becomes a ticket for the contact's company", async () => {
    const before = await a.t.db.ticket.count();
    const reply = await a.say("li", "> 张总：你们的系统一直报错，登录不了，很急\n帮忙跟进一下");
    expect(allText(reply)).toContain("华为");
    expect(await a.t.db.ticket.count()).toBe(before + 1);
    const t = await a.t.db.ticket.findFirstOrThrow({ orderBy: { number: "desc" }, include: { contact: true } });
    expect(t.contact?.name).toBe("张总");
    expect(t.title).toBe("你们的系统一直报错，登录不了，很急");
    expect(t.description).toContain("帮忙跟进一下");
    expect(t.priority).toBe("high");
    expect(await a.t.db.activity.count({ where: { summary: { contains: "报错" } } })).toBe(0);

    expect(allText(await a.say("li", "Fwd: the dashboard is down, please help"))).toContain("could not tell which customer");

    // Two customers named: the bot asks which one, and the choice raises the ticket.
    await a.say("li", "客户 添加 腾讯 B");
    const asked = await a.say("li", "转发：华为和腾讯的对接接口报错了");
    const tencent = buttonsOf(asked.replies).find((b) => b.label === "腾讯");
    expect(tencent).toBeDefined();
    const count = await a.t.db.ticket.count();
    expect(allText(await a.press("li", tencent!))).toContain("腾讯");
    expect(await a.t.db.ticket.count()).toBe(count + 1);
    const last = await a.t.db.ticket.findFirstOrThrow({ orderBy: { number: "desc" }, include: { company: true } });
    expect([last.company.name, last.priority]).toEqual(["腾讯", "high"]);
  });
});
