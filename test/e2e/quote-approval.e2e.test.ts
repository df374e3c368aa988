import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, buttonsOf, type LocalApp, startLocalApp } from "./local-app.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const ROOM = "approvals-room";

let a: LocalApp;
const userId = async (platformUserId: string) => (await a.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId } })).userId;
const quote = (number: string) =>
  a.t.db.quote.findUniqueOrThrow({ where: { number }, include: { approvals: { orderBy: { step: "asc" } }, deal: { include: { stage: true } } } });
/** Delivers the outbox and returns what the local channel received since `from`. */
async function delivered(filter: { user?: string; conversation?: string }, from = 0) {
  await a.app.outbox.drain();
  return a.app.localSender.list(filter).filter((d) => d.id > from);
}
const lastDeliveryId = () => a.app.localSender.list().at(-1)?.id ?? 0;
const approveButton = async (number: string) => {
  const q = await quote(number);
  const pending = q.approvals.find((s) => s.status === "pending")!;
  return { actionId: "quote.approve", value: pending.id };
};

beforeAll(async () => {
  a = await startLocalApp(NOW);
  await a.say("boss", "help", { displayName: "王总" });
  await a.say("li", "帮助", { displayName: "李雷" });
  await a.say("amy", "help", { displayName: "Amy Chen" });
  await a.say("mgr", "帮助", { displayName: "张经理" });
  await a.say("boss", "user role 张经理 manager");
  await a.say("boss", "user team 李雷 Sales");
  await a.say("boss", "user team 张经理 Sales");
  const team = await a.t.db.team.findUniqueOrThrow({ where: { name: "Sales" } });
  // The "channel approvals" command is built elsewhere; register the group chat directly.
  await a.t.db.teamChannel.create({ data: { teamId: team.id, platform: "local", conversationId: ROOM, purpose: "approvals" } });
  for (const name of ["华为", "腾讯", "阿里巴巴", "小米", "百度"]) await a.say("li", `客户 添加 ${name} A`);
  for (const name of ["华为", "腾讯", "阿里巴巴", "小米", "百度"]) await a.say("li", `商机 新建 ${name} 20万 方案报价`);
});
afterAll(async () => {
  await a.close();
});

describe("quotes with group-chat approval through the local channel", () => {
  it("auto-approves a quote within 10 %: deal to Negotiation, PDF attached and downloadable, audited", async () => {
    expect(allText(await a.say("li", "报价 新建 华为"))).toContain("Q0001");
    const line = await a.say("li", "报价 明细 服务器 2 5000 5%");
    expect(allText(line)).toContain("¥9,500");
    const submitted = await a.say("li", "报价 提交");
    expect(allText(submitted)).toContain("自动批准");
    const q = await quote("Q0001");
    expect(q.status).toBe("approved");
    expect(q.approvals).toHaveLength(0);
    expect([q.subtotalMinor, q.discountMinor, q.totalMinor, q.maxDiscountBp]).toEqual([1_000_000n, 50_000n, 950_000n, 500]);
    expect(q.deal?.stage.key).toBe("negotiation");

    const withPdf = submitted.replies.find((r) => r.attachment);
    expect(withPdf?.attachment?.mimeType).toBe("application/pdf");
    const res = await fetch(`${a.base}${withPdf!.attachment!.url}`);
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(fs.readdirSync(a.filesDir)).toContain(withPdf!.attachment!.fileName);
    expect((await fetch(`${a.base}/api/local/files/..%2F..%2Fetc%2Fpasswd`)).status).toBe(403);

    const actions = (await a.t.db.auditLog.findMany({ where: { entityId: q.id } })).map((l) => l.action);
    expect(actions).toEqual(expect.arrayContaining(["quote.create", "quote.add-line", "quote.auto-approve"]));
    expect(await a.t.db.auditLog.count({ where: { action: "deal.move", entityId: q.dealId! } })).toBe(1);
  });

  it("two steps (manager, then director) for 25 %: cards in the approvals chat, updated in place, rep told, deal moved", async () => {
    await a.say("li", "报价 新建 腾讯");
    await a.say("li", "报价 明细 软件授权 10 1,000 25%");
    const from = lastDeliveryId();
    const submitted = await a.say("li", "报价 提交");
    expect(allText(submitted)).toContain("张经理");
    const q1 = await quote("Q0002");
    expect(q1.status).toBe("pending");
    expect(q1.approvals.map((s) => [s.step, s.approverRole, s.approverId, s.status])).toEqual([
      [1, "manager", await userId("mgr"), "pending"],
      [2, "director", await userId("boss"), "waiting"],
    ]);

    const posted = await delivered({ conversation: ROOM }, from);
    expect(posted).toHaveLength(1);
    const approve = buttonsOf([posted[0]!.reply as never]).find((b) => b.actionId === "quote.approve")!;
    expect(approve.value).toBe(q1.approvals[0]!.id);
    expect(await a.t.db.cardPost.count({ where: { entityType: "quote", entityId: q1.id } })).toBe(1);

    // The manager approves from the group chat: the clicked card is replaced, the next step is posted.
    const step1 = await a.press("mgr", approve, { conversation: ROOM });
    expect(step1.replies[0]?.updatesSource).toBe(true);
    expect(step1.replies[0]?.plainText).toContain("王总");
    const afterStep1 = await delivered({}, posted[0]!.id);
    const inRoom = afterStep1.filter((d) => d.target.conversationId === ROOM);
    expect(inRoom.some((d) => d.replaces === String(posted[0]!.id))).toBe(true);
    expect(inRoom.filter((d) => d.replaces === undefined)).toHaveLength(1); // step 2's card
    expect(afterStep1.some((d) => d.target.platformUserId === "li" && (d.reply.text ?? "").includes("张经理"))).toBe(true);
    const outboxUpdates = await a.t.db.outboxMessage.findMany({ where: { conversationId: ROOM } });
    expect(outboxUpdates.filter((m) => JSON.parse(m.payload).updateRef === String(posted[0]!.id))).toHaveLength(1);

    const q2 = await quote("Q0002");
    expect(q2.approvals.map((s) => s.status)).toEqual(["approved", "pending"]);
    expect(q2.deal?.stage.key).toBe("proposal");

    // The director approves: quote approved, deal in Negotiation, the rep gets the PDF.
    const from2 = lastDeliveryId();
    const step2 = await a.press("boss", await approveButton("Q0002"), { conversation: ROOM });
    expect(step2.replies[0]?.updatesSource).toBe(true);
    const q3 = await quote("Q0002");
    expect(q3.status).toBe("approved");
    expect(q3.approvals.map((s) => [s.status, s.decidedById])).toEqual([
      ["approved", await userId("mgr")],
      ["approved", await userId("boss")],
    ]);
    expect(q3.deal?.stage.key).toBe("negotiation");
    const after2 = await delivered({}, from2);
    const toRep = after2.find((d) => d.target.platformUserId === "li" && d.reply.attachment);
    expect(toRep?.reply.attachment?.mimeType).toBe("application/pdf");
    expect(fs.existsSync(toRep!.reply.attachment!.path)).toBe(true);
    // The local notifications API lists it as a download link, not as a server path.
    const listed = (await (await a.get("/api/local/notifications?user=li")).json()) as { notifications: { attachment?: { url: string; fileName: string } }[] };
    const link = listed.notifications.find((n) => n.attachment?.fileName === toRep!.reply.attachment!.fileName)?.attachment;
    expect(link?.url).toMatch(new RegExp(`^/api/local/files/${toRep!.reply.attachment!.fileName}\\?exp=\\d+&sig=[\\w-]+$`));
    expect(JSON.stringify(listed)).not.toContain(a.filesDir);
    expect((await fetch(`${a.base}${link!.url}`)).headers.get("content-type")).toBe("application/pdf");
    // Both approval cards in the room (step 1's and step 2's) now show the final state.
    const finalUpdates = after2.filter((d) => d.target.conversationId === ROOM && d.replaces !== undefined);
    expect(finalUpdates).toHaveLength(2);
    for (const u of finalUpdates) expect(JSON.stringify(u.reply.card)).not.toContain("quote.approve");

    const notices = await a.t.db.auditLog.findMany({ where: { OR: [{ entityId: q3.id }, { entityId: { in: q3.approvals.map((s) => s.id) } }] } });
    expect(notices.map((n) => n.action)).toEqual(expect.arrayContaining(["quote.submit", "approval.approve", "quote.approve"]));
  });

  it("rejection with a reason: the approver's next message is the reason, cards updated, rep told, deal stays", async () => {
    await a.say("li", "报价 新建 阿里巴巴");
    await a.say("li", "报价 明细 实施服务 1 5万 15%");
    await a.say("li", "报价 提交");
    await a.app.outbox.drain(); // the approval card is in the room before anyone can press it
    const q = await quote("Q0003");
    expect(q.approvals.map((s) => s.approverRole)).toEqual(["manager"]);
    const from = lastDeliveryId();
    const asked = await a.press("mgr", { actionId: "quote.reject", value: q.approvals[0]!.id }, { conversation: ROOM });
    expect(asked.replies[0]?.visibility).toBe("private");
    expect((await quote("Q0003")).approvals[0]!.status).toBe("pending");

    const rejected = await a.say("mgr", "折扣太大，最多给到10%");
    expect(allText(rejected)).toContain("已驳回");
    const after = await quote("Q0003");
    expect(after.status).toBe("rejected");
    expect(after.approvals[0]).toMatchObject({ status: "rejected", comment: "折扣太大，最多给到10%", decidedById: await userId("mgr") });
    expect(after.deal?.stage.key).toBe("proposal");
    const out = await delivered({}, from);
    expect(out.some((d) => d.target.platformUserId === "li" && (d.reply.text ?? "").includes("折扣太大"))).toBe(true);
    expect(out.some((d) => d.target.conversationId === ROOM && d.replaces !== undefined && JSON.stringify(d.reply.card).includes("驳回"))).toBe(true);
    // The reason was consumed: the manager's next sentence is an ordinary message again.
    expect(await a.t.db.pendingAction.count({ where: { kind: "await-text", consumedAt: null } })).toBe(0);
  });

  it("a comment goes to the rep and leaves the step open", async () => {
    await a.say("li", "报价 新建 小米");
    await a.say("li", "报价 明细 服务器 3 8000 12%");
    await a.say("li", "报价 提交");
    const q = await quote("Q0004");
    // A question left unanswered for more than 30 minutes expires: the later sentence is logged as usual.
    await a.press("mgr", { actionId: "quote.comment", value: q.approvals[0]!.id }, { conversation: ROOM });
    a.clock.advance(31 * 60_000);
    expect(allText(await a.say("mgr", "客户是战略客户吗？"))).not.toContain("Q0004");
    expect(await a.t.db.auditLog.count({ where: { action: "quote.comment" } })).toBe(0);
    const from = lastDeliveryId();
    await a.press("mgr", { actionId: "quote.comment", value: q.approvals[0]!.id }, { conversation: ROOM });
    expect(allText(await a.say("mgr", "客户是战略客户吗？"))).toContain("Q0004");
    const out = await delivered({ user: "li" }, from);
    expect(out.some((d) => (d.reply.text ?? "").includes("客户是战略客户吗"))).toBe(true);
    expect((await quote("Q0004")).approvals[0]!.status).toBe("pending");
  });

  it("a click by anyone but the designated approver is refused privately and changes nothing", async () => {
    const q = await quote("Q0004");
    const audits = await a.t.db.auditLog.count();
    const outbox = await a.t.db.outboxMessage.count();
    for (const who of ["amy", "li", "boss"]) {
      const refused = await a.press(who, { actionId: "quote.approve", value: q.approvals[0]!.id }, { conversation: ROOM });
      expect(refused.replies).toHaveLength(1);
      expect(refused.replies[0]?.visibility).toBe("private");
      expect(allText(refused)).toMatch(/张经理/);
      const reject = await a.press(who, { actionId: "quote.reject", value: q.approvals[0]!.id }, { conversation: ROOM });
      expect(reject.replies[0]?.visibility).toBe("private");
    }
    const after = await quote("Q0004");
    expect(after.approvals[0]).toMatchObject({ status: "pending", version: q.approvals[0]!.version, decidedById: null });
    expect(after.status).toBe("pending");
    expect(await a.t.db.auditLog.count()).toBe(audits);
    expect(await a.t.db.outboxMessage.count()).toBe(outbox);
    expect(await a.t.db.pendingAction.count({ where: { kind: "await-text", consumedAt: null, expiresAt: { gt: a.clock.now() } } })).toBe(0);
  });

  it("a double click and a simultaneous click resolve to exactly one decision", async () => {
    const q = await quote("Q0004");
    const button = { actionId: "quote.approve", value: q.approvals[0]!.id };
    const [first, second] = await Promise.all([a.press("mgr", button, { conversation: ROOM }), a.press("mgr", button, { conversation: ROOM })]);
    const texts = [allText(first), allText(second)];
    expect(texts.filter((t) => t.includes("已经处理过"))).toHaveLength(1);
    const after = await quote("Q0004");
    expect(after.status).toBe("approved");
    expect(after.approvals[0]!.version).toBe(q.approvals[0]!.version + 1);
    expect(await a.t.db.auditLog.count({ where: { action: "approval.approve", entityId: q.approvals[0]!.id } })).toBe(1);
    expect(await a.t.db.auditLog.count({ where: { action: "deal.move", entityId: after.dealId! } })).toBe(1);

    // Two people at once on a fresh quote: the approver's click counts, the other is refused.
    await a.say("li", "报价 新建 百度");
    await a.say("li", "报价 明细 服务器 1 1000 15%");
    await a.say("li", "报价 提交");
    const baidu = await quote("Q0005");
    const b = { actionId: "quote.approve", value: baidu.approvals[0]!.id };
    const [m, boss] = await Promise.all([a.press("mgr", b, { conversation: ROOM }), a.press("boss", b, { conversation: ROOM })]);
    expect(m.replies[0]?.updatesSource).toBe(true);
    expect(boss.replies[0]?.visibility).toBe("private");
    expect((await quote("Q0005")).approvals[0]).toMatchObject({ status: "approved", decidedById: await userId("mgr") });
  });

  it("quote show, usage and a line on a submitted quote", async () => {
    expect(allText(await a.say("li", "报价 查看 Q0002"))).toContain("已批准");
    expect(allText(await a.say("li", "quote line Q0002 Server 1 100"))).toMatch(/Q0002.*(已批准|approved|Approved)/s);
    expect(allText(await a.say("li", "报价 明细 服务器 两台"))).toContain("明细格式");
    expect(allText(await a.say("amy", "quote submit"))).toContain("no draft");
    expect(allText(await a.say("amy", "quote show Q0002"))).toMatch(/permission|没有权限/);
  });
});
