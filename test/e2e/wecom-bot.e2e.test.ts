import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { decodeButtonKey } from "../../adapters/wecom/render-wecom-template-card.js";
import type { WecomBotConnection } from "../../adapters/wecom/wecom-bot.connection.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeWecomBot } from "../fakes/fake-wecom-bot.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startTestApp, type TestApp } from "../test-app.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const BOT = { botId: "aibot-test-1", secret: "bot-secret-1" };
const GROUP = "wrkSFfCgAAgroup1";

type TemplateCard = { card_type: string; task_id: string; main_title?: { title?: string }; button_list?: { text: string; key: string }[] };

let started: TestApp;
let app: CrmApp;
let fake: FakeWecomBot;
let connection: WecomBotConnection;

/** Waits until the pushed frames are recorded, processed and their replies delivered. */
async function settle() {
  await new Promise((r) => setTimeout(r, 30));
  await connection.settled();
  await app.inbox.idle();
  await app.outbox.drain();
}

async function say(user: string, content: string, chatId?: string) {
  const before = fake.frames.length;
  fake.text(user, content, chatId ? { chatId } : {});
  await settle();
  return fake.frames.slice(before);
}

const markdownOf = (frames: { body?: Record<string, unknown> }[]) =>
  frames.map((f) => (f.body?.markdown as { content?: string } | undefined)?.content ?? "").join("\n");
const cardsIn = (frames: { cmd?: string; body?: Record<string, unknown> }[], chatId: string) =>
  frames
    .filter((f) => f.cmd === "aibot_send_msg" && f.body?.chatid === chatId && f.body?.msgtype === "template_card")
    .map((f) => f.body!.template_card as TemplateCard);
const quote = (number: string) => app.db.quote.findUniqueOrThrow({ where: { number }, include: { approvals: { orderBy: { step: "asc" } } } });

beforeAll(async () => {
  fake = new FakeWecomBot(BOT);
  await fake.start();
  started = await startTestApp({
    clock: fixedClock(NOW),
    outboxPollMs: 0,
    env: { ...NO_LIMITS_ENV, CRM_SCHEDULER: "off", WECOM_BOT_ID: BOT.botId, WECOM_BOT_SECRET: BOT.secret, WECOM_BOT_WS_URL: fake.url },
  });
  app = started.app;
  connection = (app.adapters.find((a) => a.platform === "wecom-bot") as unknown as { connection: WecomBotConnection }).connection;
  await app.start();
  await fake.connected();
  // The first member to talk to an empty CRM becomes its admin.
  await say("wangzong", "帮助");
  await say("lilei", "帮助");
  await say("zhangjl", "帮助");
  await say("wangzong", "用户 角色 zhangjl manager");
  await say("wangzong", "用户 团队 lilei Sales");
  await say("wangzong", "用户 团队 zhangjl Sales");
}, 30_000);

afterAll(async () => {
  await started?.close();
  await fake?.stop();
});

describe("WeCom smart bot over the long connection, against a fake gateway with the SDK's protocol", () => {
  it("authenticates with the bot id and secret, and answers a single chat in the member's chat", async () => {
    expect(fake.authenticated).toBe(1);
    const frames = await say("lilei", "客户 添加 腾讯 A");
    const sent = frames.filter((f) => f.cmd === "aibot_send_msg");
    expect(sent.length).toBeGreaterThan(0);
    for (const f of sent) expect(f.body?.chatid).toBe("lilei");
    expect(await app.db.company.count({ where: { name: "腾讯" } })).toBe(1);
    const identity = await app.db.channelIdentity.findFirstOrThrow({ where: { platform: "wecom-bot", platformUserId: "lilei" }, include: { user: true } });
    expect(identity.tenantId).toBe(BOT.botId);
    expect(identity.user.locale).toBe("zh");
  });

  it("logs a call said in a group with an @mention, answers in the group, and takes a redelivered msgid once", async () => {
    const before = await app.db.activity.count();
    const msgId = "msg-group-call-1";
    fake.text("lilei", "@CRM助手 跟腾讯的张总通了电话，下周二给报价", { chatId: GROUP, msgId });
    fake.text("lilei", "@CRM助手 跟腾讯的张总通了电话，下周二给报价", { chatId: GROUP, msgId });
    await settle();
    expect(await app.db.activity.count()).toBe(before + 1);
    const activity = await app.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect([activity.kind, activity.company?.name]).toEqual(["call", "腾讯"]);
    expect(markdownOf(fake.sentTo(GROUP).map((body) => ({ body })))).toContain("腾讯");
  });

  it("a deal card in a single chat carries buttons; a click replaces the pressed card through the click's own frame", async () => {
    await say("lilei", "商机 新建 腾讯 20万 方案报价");
    const deal = await app.db.deal.findFirstOrThrow({ where: { company: { name: "腾讯" } } });
    const shown = await say("lilei", `商机 查看 ${deal.number}`);
    const card = cardsIn(shown, "lilei").find((c) => c.card_type === "button_interaction")!;
    const won = card.button_list!.find((b) => decodeButtonKey(b.key)?.actionId === "deal.move-stage" && b.key.includes(":won:"))!;
    const before = fake.frames.length;
    const reqId = fake.click("lilei", { taskId: card.task_id, key: won.key });
    await settle();
    const after = fake.frames.slice(before);
    const updates = after.filter((f) => f.cmd === "aibot_respond_update_msg");
    expect(updates).toHaveLength(1);
    expect(updates[0]!.headers.req_id).toBe(reqId);
    expect(updates[0]!.body).toMatchObject({ response_type: "update_template_card", template_card: { task_id: card.task_id } });
    expect((await app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } })).stage.kind).toBe("won");
    // No second copy of the card is posted.
    expect(cardsIn(after, "lilei")).toHaveLength(0);
  });

  it("a quote is approved in the group: the card with buttons is posted there, only the approver's click counts, the card is updated for everyone", async () => {
    expect(markdownOf(await say("zhangjl", "@CRM助手 频道 审批", GROUP))).toMatch(/审批/u);
    await say("lilei", "客户 添加 小米 A");
    await say("lilei", "商机 新建 小米 20万 方案报价");
    await say("lilei", "报价 新建 小米");
    await say("lilei", "报价 明细 软件授权 10 1,000 25%");
    const submitted = await say("lilei", "报价 提交");
    const q = await quote("Q0001");
    expect(q.status).toBe("pending");
    const posted = cardsIn(submitted, GROUP);
    expect(posted).toHaveLength(1);
    const approve = posted[0]!.button_list!.find((b) => decodeButtonKey(b.key)?.actionId === "quote.approve")!;
    expect(decodeButtonKey(approve.key)?.value).toBe(q.approvals[0]!.id);

    // The rep cannot approve their own quote: told privately (their single chat), nothing changes, the card stays.
    const before = fake.frames.length;
    fake.click("lilei", { taskId: posted[0]!.task_id, key: approve.key }, { chatId: GROUP });
    await settle();
    const refused = fake.frames.slice(before);
    expect(refused.filter((f) => f.cmd === "aibot_respond_update_msg")).toHaveLength(0);
    expect(markdownOf(refused.filter((f) => f.body?.chatid === "lilei"))).toMatch(/zhangjl|张|经理|审批/u);
    expect(refused.filter((f) => f.body?.chatid === GROUP)).toHaveLength(0);
    expect((await quote("Q0001")).approvals[0]!.status).toBe("pending");

    // The manager approves: the pressed card is replaced for everyone (no userids), step 2 goes to the group.
    const from = fake.frames.length;
    const reqId = fake.click("zhangjl", { taskId: posted[0]!.task_id, key: approve.key }, { chatId: GROUP });
    await settle();
    const decided = fake.frames.slice(from);
    const update = decided.filter((f) => f.cmd === "aibot_respond_update_msg");
    expect(update).toHaveLength(1);
    expect(update[0]!.headers.req_id).toBe(reqId);
    expect(update[0]!.body?.userids).toBeUndefined();
    expect(JSON.stringify(update[0]!.body)).not.toContain("quote.approve|" + q.approvals[0]!.id);
    const after = await quote("Q0001");
    expect(after.approvals.map((s) => s.status)).toEqual(["approved", "pending"]);
    const step2 = cardsIn(decided, GROUP);
    expect(step2).toHaveLength(1);
    expect(step2[0]!.button_list!.some((b) => decodeButtonKey(b.key)?.value === after.approvals[1]!.id)).toBe(true);
  });

  it("the final approval sends the rep the quote PDF as a file through the connection", async () => {
    const q = await quote("Q0001");
    const card = cardsIn(fake.frames, GROUP).at(-1)!;
    const approve = card.button_list!.find((b) => decodeButtonKey(b.key)?.value === q.approvals[1]!.id)!;
    const from = fake.frames.length;
    fake.click("wangzong", { taskId: card.task_id, key: approve.key }, { chatId: GROUP });
    await settle();
    expect((await quote("Q0001")).status).toBe("approved");
    const file = fake.frames.slice(from).find((f) => f.cmd === "aibot_send_msg" && f.body?.msgtype === "file");
    expect(file?.body?.chatid).toBe("lilei");
    const mediaId = (file?.body?.file as { media_id?: string } | undefined)?.media_id ?? "";
    const uploaded = fake.files.get(mediaId);
    expect(uploaded?.filename).toMatch(/^quote-Q0001-[0-9a-f]+\.pdf$/u);
    expect(uploaded?.data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("a send refused as rate-limited is retried by the outbox, not lost", async () => {
    fake.failNext = [45009];
    const before = fake.frames.length;
    fake.text("lilei", "帮助");
    await settle();
    const first = fake.frames.slice(before).filter((f) => f.cmd === "aibot_send_msg");
    expect(first).toHaveLength(1); // refused
    const row = await app.db.outboxMessage.findFirstOrThrow({ where: { platform: "wecom-bot", status: "pending", attempts: { gt: 0 } } });
    expect(row.lastError).toMatch(/RATE_LIMITED/u);
  });
});
