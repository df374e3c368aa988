import http from "node:http";
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeDingTalk } from "../../test/fakes/fake-dingtalk.js";
import { startTestApp, type TestApp } from "../../test/test-app.js";

// Issue 13 item 2: a DingTalk HTTP callback signs only its timestamp, so the body must be checked
// some other way: the corp id, single use of a (timestamp, sign) pair, and no payload URL trusted.
const NOW = new Date("2026-11-25T02:00:00Z");
const APP = { appKey: "dingappkey", appSecret: "app-secret-1", robotAccessToken: "robot-token", robotSecret: "SECrobot" };
const CORP = "dingcorp1";

const clock = fixedClock(NOW);
const fake = new FakeDingTalk(APP, () => clock.now());
const dingTalkEnv = () => ({ DINGTALK_APP_KEY: APP.appKey, DINGTALK_APP_SECRET: APP.appSecret, DINGTALK_API_BASE: fake.base, DINGTALK_CORP_ID: CORP });
let started: TestApp;
let app: CrmApp;
let trap: http.Server;
let trapUrl: string;
const trapped: string[] = [];
let base: string;
let stamp = 0;

const sign = (timestamp: string) => createHmac("sha256", APP.appSecret).update(`${timestamp}\n${APP.appSecret}`).digest("base64");
/** A fresh timestamp per request (DingTalk signs each delivery at its own millisecond). */
const freshHeaders = (at = clock.now().getTime() - ++stamp) => ({ timestamp: String(at), sign: sign(String(at)) });

async function post(path: string, body: unknown, headers: { timestamp: string; sign: string } = freshHeaders()) {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  await app.inbox.idle();
  await app.outbox.drain();
  return res.status;
}

function robotMessage(content: string, o: { msgId: string; staffId?: string; corp?: string; webhook?: string }) {
  const staffId = o.staffId ?? "li";
  return {
    msgId: o.msgId,
    msgtype: "text",
    text: { content },
    createAt: clock.now().getTime(),
    conversationType: "1",
    conversationId: `cid-direct-${staffId}`,
    senderId: `$:LWCP_v1:$${staffId}`,
    senderNick: staffId,
    senderCorpId: o.corp ?? CORP,
    senderStaffId: staffId,
    chatbotCorpId: o.corp ?? CORP,
    robotCode: APP.appKey,
    sessionWebhook: o.webhook ?? fake.sessionWebhook(o.msgId),
    sessionWebhookExpiredTime: clock.now().getTime() + 90 * 60_000,
  };
}

const identities = (staffId: string) => app.db.channelIdentity.count({ where: { platform: "dingtalk", platformUserId: staffId } });

beforeAll(async () => {
  await fake.start();
  // Another local port, standing for an internal service an attacker would like the bot to call.
  trap = http.createServer((req, res) => {
    trapped.push(`${req.method} ${req.url}`);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ errcode: 0 }));
  });
  await new Promise<void>((resolve) => trap.listen(0, "127.0.0.1", () => resolve()));
  const address = trap.address();
  trapUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: dingTalkEnv(),
  });
  app = started.app;
  base = started.base;
  // The first person to talk to an empty CRM becomes its admin.
  expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-boss", staffId: "boss" }))).toBe(200);
});

afterAll(async () => {
  trap?.close();
  await started?.close();
  await fake.stop();
});

describe("DingTalk HTTP callbacks: the body is not trusted because the headers are", () => {
  it("refuses a (timestamp, sign) pair replayed with a forged body; a redelivery of the same msgId is still fine", async () => {
    const headers = freshHeaders();
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-genuine" }), headers)).toBe(200);
    const activities = await app.db.activity.count();
    const events = await app.db.processedEvent.count();
    const forged = robotMessage("记录 跟华为通了电话 13800138000", { msgId: "m-forged", staffId: "mallory" });
    expect([401, 403]).toContain(await post("/dingtalk/callback", forged, headers));
    expect(await identities("mallory")).toBe(0);
    expect(await app.db.user.count({ where: { name: "mallory" } })).toBe(0);
    expect(await app.db.activity.count()).toBe(activities);
    expect(await app.db.processedEvent.count()).toBe(events);
    // DingTalk's own retry of the genuine delivery: accepted, and a duplicate for the inbox.
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-genuine" }), headers)).toBe(200);
    expect(await app.db.processedEvent.count()).toBe(events);
  });

  it("remembers used pairs in the database, so a second instance refuses them too", async () => {
    const headers = freshHeaders();
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-first-instance" }), headers)).toBe(200);
    const second = await startTestApp({
      db: started.t,
      clock,
      outboxPollMs: 0,
      env: dingTalkEnv(),
    });
    try {
      const res = await fetch(`${second.base}/dingtalk/callback`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(robotMessage("帮助", { msgId: "m-second-instance", staffId: "mallory" })),
      });
      expect([401, 403]).toContain(res.status);
      expect(await identities("mallory")).toBe(0);
    } finally {
      await second.close();
    }
  });

  it("refuses a message from another corp (senderCorpId / chatbotCorpId) and a card callback from another corp", async () => {
    const events = await app.db.processedEvent.count();
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-other-corp", staffId: "outsider", corp: "dingevilcorp" }))).toBe(403);
    const mixed = { ...robotMessage("帮助", { msgId: "m-mixed-corp", staffId: "outsider" }), senderCorpId: "dingevilcorp" };
    expect(await post("/dingtalk/callback", mixed)).toBe(403);
    const card = { outTrackId: "x", userId: "outsider", corpId: "dingevilcorp", content: JSON.stringify({ cardPrivateData: { actionIds: ["crm_x"] } }) };
    expect(await post("/dingtalk/card-callback", card)).toBe(403);
    expect(await identities("outsider")).toBe(0);
    expect(await app.db.processedEvent.count()).toBe(events);
  });

  it("refuses timestamps outside DingTalk's documented hour and more than a small clock skew ahead", async () => {
    const events = await app.db.processedEvent.count();
    const now = clock.now().getTime();
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-old" }), freshHeaders(now - 60 * 60_000 - 1))).toBe(401);
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-ahead" }), freshHeaders(now + 3 * 60_000))).toBe(401);
    expect(await app.db.processedEvent.count()).toBe(events);
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId: "m-skew" }), freshHeaders(now + 30_000))).toBe(200);
  });

  it.each([
    ["another local port", () => `${trapUrl}/robot/sendBySession?session=steal`],
    ["another host", () => "https://evil.example/robot/sendBySession?session=steal"],
    ["a userinfo trick", () => `https://oapi.dingtalk.com@evil.example/robot/sendBySession`],
  ])("never posts to a sessionWebhook on %s: the reply goes through the OpenAPI", async (_name, webhook) => {
    const mark = fake.calls.length;
    const msgId = `m-webhook-${stamp}`;
    expect(await post("/dingtalk/callback", robotMessage("帮助", { msgId, webhook: webhook() }))).toBe(200);
    expect(trapped).toEqual([]);
    const sent = fake.since(mark).filter((c) => c.path === "/v1.0/robot/oToMessages/batchSend");
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.body).toMatchObject({ userIds: ["li"] });
    const row = await app.db.outboxMessage.findFirstOrThrow({ where: { platform: "dingtalk" }, orderBy: { createdAt: "desc" } });
    expect(row.status).toBe("sent");
  });
});
