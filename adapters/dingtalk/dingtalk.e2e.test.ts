import type http from "node:http";
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrmApp, type CrmApp } from "../../app/create-app.js";
import { listen } from "../../app/http-server.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeDingTalk } from "../../test/fakes/fake-dingtalk.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { decodeButtonId } from "../../cards/render-dingtalk-card.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const APP = { appKey: "dingappkey", appSecret: "app-secret-1", robotAccessToken: "robot-token", robotSecret: "SECrobot" };
const CORP = "dingcorp1";

const clock = fixedClock(NOW);
const fake = new FakeDingTalk(APP, () => clock.now());
let t: TestDb;
let app: CrmApp;
let server: http.Server;
let base: string;
let seq = 0;

const sign = (timestamp: string, secret = APP.appSecret) => createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");

async function post(path: string, body: unknown, options: { at?: Date; secret?: string; signature?: string } = {}) {
  const timestamp = String((options.at ?? clock.now()).getTime());
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
  t = await createTestDb();
  app = await createCrmApp({
    databaseUrl: `file:${t.file}`,
    clock,
    migrate: false,
    outboxPollMs: 0,
    env: {
      DINGTALK_APP_KEY: APP.appKey,
      DINGTALK_APP_SECRET: APP.appSecret,
      DINGTALK_API_BASE: fake.base,
      DINGTALK_ROBOT_WEBHOOK: fake.robotUrl,
      DINGTALK_ROBOT_SECRET: APP.robotSecret,
    },
  });
  server = await listen(app.http, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  // The first person to talk to an empty CRM becomes its admin; 李雷 is the rep after.
  expect(await say("帮助", { staffId: "boss", nick: "王经理" })).toBe(200);
});

afterAll(async () => {
  server?.close();
  await app?.close();
  await t?.close();
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
});
