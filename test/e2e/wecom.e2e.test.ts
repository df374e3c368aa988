import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrmApp, type CrmApp } from "../../app/create-app.js";
import { listen } from "../../app/http-server.js";
import { decodeButtonKey } from "../../cards/render-wecom-template-card.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeWecomApi, type RecordedCall } from "../fake-wecom-api.js";
import { createTestDb, type TestDb } from "../test-db.js";
import { WecomCallbackClient } from "../wecom-callback-client.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const SECRETS = { corpId: "wwcrm00000000test", agentId: 1000002, token: "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo", encodingAesKey: "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt" };
const ROBOT_KEY = "robot-key-1";

let t: TestDb;
let app: CrmApp;
let server: http.Server;
let fake: FakeWecomApi;
let wecom: WecomCallbackClient;
const clock = fixedClock(NOW);
let msgId = 1000;

async function settle() {
  await app.inbox.idle();
  await app.outbox.drain();
}

/** A member sends a text to the app; resolves after the bot answered and the outbox delivered. */
async function say(user: string, text: string) {
  const before = fake.calls.length;
  const res = await wecom.post(wecom.text(user, text, String(++msgId)));
  expect(res.status).toBe(200);
  await settle();
  return fake.calls.slice(before);
}

const sentTo = (calls: RecordedCall[], user: string) => calls.filter((c) => c.api === "message/send" && c.answer.errcode === 0 && c.body.touser === user);
const textsOf = (calls: RecordedCall[]) => calls.map((c) => (c.body.text as { content?: string } | undefined)?.content ?? "").join("\n");
const cardsOf = (calls: RecordedCall[]) =>
  calls.flatMap((c) => (c.body.msgtype === "template_card" ? [c.body.template_card as { task_id: string; card_type: string; button_list?: { text: string; key: string }[] }] : []));

beforeAll(async () => {
  fake = new FakeWecomApi({ corpId: SECRETS.corpId, secret: "app-secret", robotKey: ROBOT_KEY });
  const apiBase = await fake.start();
  t = await createTestDb();
  app = await createCrmApp({
    databaseUrl: `file:${t.file}`,
    clock,
    migrate: false,
    outboxPollMs: 0,
    env: {
      WECOM_CORP_ID: SECRETS.corpId,
      WECOM_AGENT_ID: String(SECRETS.agentId),
      WECOM_SECRET: "app-secret",
      WECOM_TOKEN: SECRETS.token,
      WECOM_ENCODING_AES_KEY: SECRETS.encodingAesKey,
      WECOM_API_BASE: apiBase,
      WECOM_ROBOT_WEBHOOK: `${apiBase}/cgi-bin/webhook/send?key=${ROBOT_KEY}`,
    },
  });
  server = await listen(app.http, 0);
  const address = server.address();
  wecom = new WecomCallbackClient(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, SECRETS);
  // The first member to talk to an empty CRM becomes its admin; 李雷 is a rep.
  await say("wangjl", "帮助");
  await say("lilei", "帮助");
});

afterAll(async () => {
  server?.close();
  await app?.close();
  await t?.close();
  await fake?.stop();
});

describe("WeCom channel, end to end against a fake WeCom API", () => {
  it("answers the admin console's URL check with the decrypted echostr, and refuses a bad signature", async () => {
    expect(await wecom.verifyUrl("8402372904231")).toEqual({ status: 200, text: "8402372904231" });
    expect((await wecom.verifyUrl("8402372904231", { badSignature: true })).status).toBe(401);
  });

  it("provisions members through ChannelIdentity with the corp id as tenant", async () => {
    const identity = await app.db.channelIdentity.findFirstOrThrow({ where: { platform: "wecom", platformUserId: "lilei" }, include: { user: true } });
    expect(identity.tenantId).toBe(SECRETS.corpId);
    expect(identity.user.role).toBe("rep");
    expect(identity.user.locale).toBe("zh");
    expect((await app.db.channelIdentity.findFirstOrThrow({ where: { platformUserId: "wangjl" }, include: { user: true } })).user.role).toBe("admin");
  });

  it("logs a call from a 记录 message and answers through message/send", async () => {
    await say("lilei", "客户 添加 华为 A");
    const before = await app.db.activity.count();
    const calls = await say("lilei", "记录 跟华为的张总通了电话，下周二给报价，预算20万");
    expect(await app.db.activity.count()).toBe(before + 1);
    const activity = await app.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect(activity.kind).toBe("call");
    expect(activity.company?.name).toBe("华为");
    const replies = sentTo(calls, "lilei");
    expect(replies.length).toBeGreaterThan(0);
    expect(textsOf(replies)).toContain("已记录电话：华为");
    for (const call of replies) expect(call.body.agentid).toBe(SECRETS.agentId);
  });
});
