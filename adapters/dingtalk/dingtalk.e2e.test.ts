import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeDingTalk } from "../../test/fakes/fake-dingtalk.js";
import { startTestApp, type TestApp } from "../../test/test-app.js";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import { enqueueCardUpdates } from "../../bot/delivery/outbox.js";
import { decodeButtonId } from "./render-dingtalk-card.js";
import { RobotWebhook } from "./robot-webhook.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const APP = { appKey: "dingappkey", appSecret: "app-secret-1", robotAccessToken: "robot-token", robotSecret: "SECrobot" };
const CORP = "dingcorp1";

const clock = fixedClock(NOW);
const fake = new FakeDingTalk(APP, () => clock.now());
let started: TestApp;
let app: CrmApp;
let base: string;
let seq = 0;

const sign = (timestamp: string, secret = APP.appSecret) => createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");

let stamp = 0;
async function post(path: string, body: unknown, options: { at?: Date; secret?: string; signature?: string } = {}) {
  // A (timestamp, sign) pair is single use: each delivery is stamped at its own millisecond, as DingTalk does.
  const timestamp = String((options.at ?? clock.now()).getTime() - ++stamp);
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", timestamp, sign: options.signature ?? sign(timestamp, options.secret) },
    body: JSON.stringify(body),
  });
  await app.inbox.idle();
  await app.outbox.drain();
  return res.status;
}

interface MessageOptions {
  msgId?: string;
  staffId?: string;
  nick?: string;
  group?: boolean;
  webhookExpiresAt?: number;
}

/** A robot message as DingTalk posts it (fields from the message receiving docs). */
function robotMessage(content: string, o: MessageOptions = {}) {
  const id = o.msgId ?? `msg${++seq}`;
  const staffId = o.staffId ?? "li";
  return {
    msgId: id,
    msgtype: "text",
    text: { content },
    createAt: clock.now().getTime(),
    conversationType: o.group ? "2" : "1",
    conversationId: o.group ? "cidGroupSales==" : `cid-direct-${staffId}`,
    conversationTitle: o.group ? "销售群" : undefined,
    senderId: `$:LWCP_v1:$${staffId}`,
    senderNick: o.nick ?? "李雷",
    senderCorpId: CORP,
    senderStaffId: staffId,
    chatbotCorpId: CORP,
    chatbotUserId: "$:LWCP_v1:$bot",
    robotCode: APP.appKey,
    isAdmin: false,
    isInAtList: o.group ? true : undefined,
    sessionWebhook: fake.sessionWebhook(id),
    sessionWebhookExpiredTime: o.webhookExpiresAt ?? clock.now().getTime() + 90 * 60_000,
  };
}

const say = (content: string, o: MessageOptions = {}) => post("/dingtalk/callback", robotMessage(content, o));
const textOf = (call: { body: Record<string, unknown> }) => JSON.stringify(call.body);

beforeAll(async () => {
  await fake.start();
  started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: {
      DINGTALK_APP_KEY: APP.appKey,
      DINGTALK_APP_SECRET: APP.appSecret,
      DINGTALK_API_BASE: fake.base,
      DINGTALK_CORP_ID: CORP,
      DINGTALK_ROBOT_WEBHOOK: fake.robotUrl,
      DINGTALK_ROBOT_SECRET: APP.robotSecret,
    },
  });
  app = started.app;
  base = started.base;
  // The first person to talk to an empty CRM becomes its admin; 李雷 is the rep after.
  expect(await say("帮助", { staffId: "boss", nick: "王经理" })).toBe(200);
});

afterAll(async () => {
  await started?.close();
  await fake.stop();
});

describe("DingTalk over HTTP callbacks against a fake DingTalk", () => {
  it("logs an activity from 记录 … and replies on the message's sessionWebhook", async () => {
    expect(await say("客户 添加 华为 A", { msgId: "m-company" })).toBe(200);
    const mark = fake.calls.length;
    expect(await say("记录 跟华为的张总通了电话，下周二给报价，预算20万", { msgId: "m-log" })).toBe(200);

    const company = await app.db.company.findFirstOrThrow({ where: { name: "华为" } });
    const activity = await app.db.activity.findFirstOrThrow({ where: { companyId: company.id } });
    expect(activity.kind).toBe("call");
    const identity = await app.db.channelIdentity.findFirstOrThrow({ where: { platform: "dingtalk", platformUserId: "li" } });
    expect(identity.tenantId).toBe(CORP);
    const posted = fake.since(mark).filter((c) => c.path === "/session/m-log");
    expect(posted.length).toBeGreaterThan(0);
    expect(posted.map(textOf).join("\n")).toContain("华为");
    expect(fake.since(mark).filter((c) => c.path.startsWith("/v1.0/robot/"))).toHaveLength(0);
  });

  it("replies through the OpenAPI with an app token when the sessionWebhook has expired", async () => {
    const mark = fake.calls.length;
    expect(await say("帮助", { msgId: "m-expired", webhookExpiresAt: clock.now().getTime() - 1000 })).toBe(200);
    const calls = fake.since(mark);
    expect(calls.filter((c) => c.path === "/session/m-expired")).toHaveLength(0);
    const sent = calls.filter((c) => c.path === "/v1.0/robot/oToMessages/batchSend");
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.body).toMatchObject({ robotCode: APP.appKey, userIds: ["li"], msgKey: "sampleText" });
    expect(String(sent[0]?.headers["x-acs-dingtalk-access-token"])).toMatch(/^token-/);
    const tokens = fake.tokensIssued;
    // The token is cached: a second send does not fetch another.
    expect(await say("帮助", { msgId: "m-expired-2", webhookExpiresAt: clock.now().getTime() - 1000 })).toBe(200);
    expect(fake.tokensIssued).toBe(tokens);
  });

  it("fetches a new token once when DingTalk says the cached one expired", async () => {
    fake.expireTokens();
    const tokens = fake.tokensIssued;
    const mark = fake.calls.length;
    expect(await say("帮助", { msgId: "m-token", webhookExpiresAt: clock.now().getTime() - 1000 })).toBe(200);
    expect(fake.tokensIssued).toBe(tokens + 1);
    const sends = fake.since(mark).filter((c) => c.path === "/v1.0/robot/oToMessages/batchSend");
    expect(sends).toHaveLength(2);
    const row = await app.db.outboxMessage.findFirstOrThrow({ where: { platform: "dingtalk" }, orderBy: { createdAt: "desc" } });
    expect(row.status).toBe("sent");
  });

  it("refuses a bad sign with 401 and writes nothing", async () => {
    const events = await app.db.processedEvent.count();
    const activities = await app.db.activity.count();
    const mark = fake.calls.length;
    const status = await post("/dingtalk/callback", robotMessage("记录 跟华为通了电话", { msgId: "m-forged" }), { secret: "not-the-secret" });
    expect(status).toBe(401);
    expect(await post("/dingtalk/callback", robotMessage("记录 跟华为通了电话", { msgId: "m-forged" }), { signature: "" })).toBe(401);
    expect(await app.db.processedEvent.count()).toBe(events);
    expect(await app.db.activity.count()).toBe(activities);
    expect(fake.since(mark)).toHaveLength(0);
  });

  it("refuses a correctly signed callback whose timestamp is over an hour old (or in the future)", async () => {
    const events = await app.db.processedEvent.count();
    const old = new Date(clock.now().getTime() - 61 * 60_000);
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-old" }), { at: old })).toBe(401);
    const future = new Date(clock.now().getTime() + 30 * 60_000);
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-future" }), { at: future })).toBe(401);
    // 59 minutes old is still fine.
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-recent" }), { at: new Date(clock.now().getTime() - 59 * 60_000) })).toBe(200);
    expect(await app.db.processedEvent.count()).toBe(events + 1);
  });

  it("treats DingTalk's retries of one msgId as one message", async () => {
    const before = await app.db.activity.count();
    const mark = fake.calls.length;
    const message = robotMessage("记录 给华为发了报价邮件", { msgId: "m-retried" });
    for (let i = 0; i < 3; i++) expect(await post("/dingtalk/callback", message)).toBe(200);
    expect(await app.db.activity.count()).toBe(before + 1);
    expect(fake.since(mark).filter((c) => c.path === "/session/m-retried").length).toBe(1);
  });

  it("answers a group @mention with the mention stripped: text on the group's sessionWebhook, a deal card to the asker only", async () => {
    const mark = fake.calls.length;
    expect(await say("@CRM助手 帮助", { msgId: "m-group", group: true })).toBe(200);
    const posted = fake.since(mark).filter((c) => c.path === "/session/m-group");
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body).toMatchObject({ msgtype: "text" });
    expect(textOf(posted[0]!)).toContain("商机");

    const deal = await app.db.deal.findFirstOrThrow();
    const afterHelp = fake.calls.length;
    expect(await say(`@CRM助手 商机 查看 ${deal.number}`, { msgId: "m-group-card", group: true })).toBe(200);
    const card = fake.since(afterHelp).find((c) => c.path === "/v1.0/im/v1.0/robot/interactiveCards/send");
    expect(card?.body).toMatchObject({ cardTemplateId: "StandardCard", singleChatReceiver: expect.stringContaining("userId") });
    expect(card?.body).not.toHaveProperty("openConversationId");
    const note = fake.since(afterHelp).filter((c) => c.path === "/session/m-group-card");
    expect(note.map((c) => textOf(c)).join("")).toContain("私信");
  });

  it("sends a deal card as an interactive card whose button, pressed, moves the deal once", async () => {
    const deal = await app.db.deal.findFirstOrThrow({ include: { stage: true } });
    expect(deal.stage.key).toBe("proposal");
    const mark = fake.calls.length;
    expect(await say(`商机 查看 ${deal.number}`, { msgId: "m-card" })).toBe(200);
    const cardSend = fake.since(mark).find((c) => c.path === "/v1.0/im/v1.0/robot/interactiveCards/send");
    expect(cardSend?.body).toMatchObject({ cardTemplateId: "StandardCard", robotCode: APP.appKey, singleChatReceiver: JSON.stringify({ userId: "li" }) });
    const cardData = JSON.parse(String(cardSend?.body.cardData)) as { contents: { type: string; actions?: { id: string; actionType: string }[] }[] };
    const buttons = cardData.contents.flatMap((c) => c.actions ?? []);
    expect(buttons.every((b) => b.actionType === "request")).toBe(true);
    const negotiate = buttons.find((b) => decodeButtonId(b.id)?.value.includes(":negotiation:"));
    expect(negotiate).toBeDefined();

    const callback = {
      type: "actionCallback",
      outTrackId: String(cardSend?.body.cardBizId),
      corpId: CORP,
      userId: "li",
      spaceType: "IM_ROBOT",
      spaceId: "dtv1.card//IM_ROBOT.li",
      content: JSON.stringify({ cardPrivateData: { actionIds: [negotiate?.id], params: {} } }),
    };
    const afterCard = fake.calls.length;
    expect(await post("/dingtalk/card-callback", callback)).toBe(200);
    const moved = await app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(moved.stage.key).toBe("negotiation");
    const replies = fake.since(afterCard);
    expect(replies.some((c) => c.path === "/v1.0/robot/oToMessages/batchSend" || c.path === "/v1.0/im/v1.0/robot/interactiveCards/send")).toBe(true);
    // The same press delivered again changes nothing.
    const changes = await app.db.dealStageChange.count({ where: { dealId: deal.id } });
    const audits = await app.db.auditLog.count();
    expect(await post("/dingtalk/card-callback", callback)).toBe(200);
    expect(await app.db.dealStageChange.count({ where: { dealId: deal.id } })).toBe(changes);
    expect(await app.db.auditLog.count()).toBe(audits);
  });

  it("a forged card callback is refused", async () => {
    const events = await app.db.processedEvent.count();
    const body = { outTrackId: "x", userId: "li", content: JSON.stringify({ cardPrivateData: { actionIds: ["crm_x"] } }) };
    expect(await post("/dingtalk/card-callback", body, { secret: "wrong" })).toBe(401);
    expect(await app.db.processedEvent.count()).toBe(events);
  });

  it("updates a card in place with the interactive card API when its record changes", async () => {
    const user = await app.db.channelIdentity.findFirstOrThrow({ where: { platform: "dingtalk", platformUserId: "li" } });
    const deal = await app.db.deal.findFirstOrThrow();
    const card = {
      title: "Deal #1",
      blocks: [
        { type: "text" as const, text: "v1" },
        { type: "actions" as const, buttons: [{ label: "Show", actionId: "deal.show", value: deal.id }] },
      ],
    };
    await app.db.$transaction((tx) => app.notifier.toUser(tx, user.userId, { card }, clock.now(), { cardFor: { entityType: "deal", entityId: deal.id } }));
    await app.outbox.drain();
    const post = await app.db.cardPost.findFirstOrThrow({ where: { platform: "dingtalk", entityId: deal.id } });
    expect(post.messageRef).toMatch(/^card:/);
    const sent = fake.callsTo("/v1.0/im/v1.0/robot/interactiveCards/send").find((c) => c.body.cardBizId === post.messageRef.slice(5));
    expect(sent?.body).toMatchObject({ singleChatReceiver: JSON.stringify({ userId: "li" }) });

    const mark = fake.calls.length;
    const updated = { ...card, blocks: [{ type: "text" as const, text: "v2 (moved)" }] };
    await app.db.$transaction((tx) => enqueueCardUpdates(tx, { entityType: "deal", entityId: deal.id }, { card: updated }, clock.now()));
    await app.outbox.drain();
    const puts = fake.since(mark).filter((c) => c.method === "PUT" && c.path === "/v1.0/im/robots/interactiveCards");
    expect(puts).toHaveLength(1);
    expect(puts[0]?.body.cardBizId).toBe(post.messageRef.slice(5));
    expect(String(puts[0]?.body.cardData)).toContain("v2 (moved)");
  });

  it("posts team messages through the custom robot with a 加签 signature the fake verifies", async () => {
    const team = await app.db.team.create({ data: { name: "华东销售" } });
    await app.db.teamChannel.create({ data: { teamId: team.id, platform: "dingtalk", conversationId: "robot:sales", purpose: "digest" } });
    const mark = fake.calls.length;
    const queued = await app.db.$transaction((tx) =>
      app.notifier.toTeam(
        tx,
        team.id,
        "digest",
        { card: { title: "今日简报", blocks: [{ type: "fields", fields: [{ label: "新商机", value: "3" }] }] } },
        clock.now(),
      ),
    );
    expect(queued).toBe(1);
    await app.outbox.drain();
    const posts = fake.since(mark).filter((c) => c.path === "/robot/send");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.query.timestamp).toBe(String(clock.now().getTime()));
    expect(posts[0]?.body).toMatchObject({ msgtype: "markdown", markdown: { title: "今日简报" } });
    expect(fake.rejectedRobotPosts).toHaveLength(0);
  });

  it("holds the custom robot to 20 messages a minute: the 21st waits in the outbox and goes out a minute later", async () => {
    const team = await app.db.team.findUniqueOrThrow({ where: { name: "华东销售" } });
    clock.advance(2 * 60_000);
    const mark = fake.calls.length;
    await app.db.$transaction(async (tx) => {
      for (let i = 1; i <= 21; i++) await app.notifier.toTeam(tx, team.id, "digest", { text: `提醒 ${i}` }, clock.now());
    });
    await app.outbox.drain();
    expect(fake.since(mark).filter((c) => c.path === "/robot/send")).toHaveLength(20);
    const waiting = await app.db.outboxMessage.findFirstOrThrow({ where: { platform: "dingtalk", status: "pending" } });
    expect(waiting.lastError).toMatch(/^RATE_LIMITED/);
    expect(waiting.payload).toContain("提醒 21");

    clock.advance(60_000);
    await app.outbox.drain();
    const posts = fake.since(mark).filter((c) => c.path === "/robot/send");
    expect(posts).toHaveLength(21);
    expect(textOf(posts[20]!)).toContain("提醒 21");
    expect(fake.rejectedRobotPosts).toHaveLength(0);
    expect(await app.db.outboxMessage.count({ where: { platform: "dingtalk", status: { not: "sent" } } })).toBe(0);
  });

  it("a robot post signed with the wrong secret is refused by the fake as AUTH_INVALID (the outbox does not retry it)", async () => {
    const wrong = new RobotWebhook(clock, { url: fake.robotUrl, secret: "SECwrong" });
    const error = await wrong.sendToRobot({ msgtype: "text", text: { content: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ code: "AUTH_INVALID", retryable: false });
    expect(fake.rejectedRobotPosts).toHaveLength(1);
  });

  it("an OpenAPI rate limit (429 QpsLimit) is retried after the wait, not lost", async () => {
    fake.failNext("/v1.0/robot/oToMessages/batchSend", { status: 429, body: { code: "Forbidden.AccessDenied.QpsLimitForApi", message: "qps" } });
    const mark = fake.calls.length;
    expect(await say("帮助", { msgId: "m-429", webhookExpiresAt: clock.now().getTime() - 1 })).toBe(200);
    const row = await app.db.outboxMessage.findFirstOrThrow({ where: { platform: "dingtalk" }, orderBy: { createdAt: "desc" } });
    expect(row.status).toBe("pending");
    expect(row.lastError).toMatch(/^RATE_LIMITED/);
    clock.advance(61_000);
    await app.outbox.drain();
    expect((await app.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("sent");
    expect(fake.since(mark).filter((c) => c.path === "/v1.0/robot/oToMessages/batchSend")).toHaveLength(2);
  });
});
