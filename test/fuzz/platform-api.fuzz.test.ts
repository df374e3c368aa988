import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCrmApp, type CrmApp } from "../../app/create-app.js";
import { listen } from "../../app/http-server.js";
import { type FakeSlack, startFakeSlack } from "../fake-slack.js";
import { FakeWecomApi } from "../fake-wecom-api.js";
import { FakeDingTalk } from "../fakes/fake-dingtalk.js";
import { createTestDb, type TestDb } from "../test-db.js";
import { WecomCallbackClient } from "../wecom-callback-client.js";
import { FUZZ_SEED, FUZZ_TOTAL } from "./fuzz-inputs.js";
import { fuzzHttp, send } from "./http-fuzz.js";
import { platformTargets } from "./platform-targets.js";

// A share of the suite's fuzz budget (CRM_FUZZ_RUNS): every valid platform request runs the whole bot.
const RUNS = Math.max(6, Math.round(FUZZ_TOTAL * 0.3));

const SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const WECOM = { corpId: "wwcrm00000000test", agentId: 1000002, token: "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo", encodingAesKey: "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt" };
const DING = { appKey: "dingappkey", appSecret: "app-secret-1", robotAccessToken: "robot-token", robotSecret: "SECrobot" };

let t: TestDb;
let app: CrmApp;
let server: http.Server;
let base: string;
let slack: FakeSlack;
let wecomApi: FakeWecomApi;
const ding = new FakeDingTalk(DING, () => new Date());
const errors: unknown[][] = [];

beforeAll(async () => {
  slack = await startFakeSlack();
  wecomApi = new FakeWecomApi({ corpId: WECOM.corpId, secret: "app-secret", robotKey: "robot-key-1" });
  const wecomBase = await wecomApi.start();
  await ding.start();
  t = await createTestDb();
  // The app logs through console.error; anything logged there during the run is a finding.
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  app = await createCrmApp({
    databaseUrl: t.url,
    migrate: false,
    outboxPollMs: 0,
    env: {
      CRM_RATE_LIMIT_PER_MINUTE: "0",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_API_URL: slack.apiUrl,
      WECOM_CORP_ID: WECOM.corpId,
      WECOM_AGENT_ID: String(WECOM.agentId),
      WECOM_SECRET: "app-secret",
      WECOM_TOKEN: WECOM.token,
      WECOM_ENCODING_AES_KEY: WECOM.encodingAesKey,
      WECOM_API_BASE: wecomBase,
      DINGTALK_APP_KEY: DING.appKey,
      DINGTALK_APP_SECRET: DING.appSecret,
      DINGTALK_API_BASE: ding.base,
    },
  });
  server = await listen(app.http, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  vi.restoreAllMocks();
  server?.close();
  await app?.close();
  await t?.close();
  await slack?.close();
  await wecomApi?.stop();
  await ding.stop();
});

const targets = () =>
  platformTargets({ slackSigningSecret: SLACK_SECRET, slackResponseBase: slack.responseBase, wecom: WECOM, dingTalkAppSecret: DING.appSecret, dingTalkSessionWebhook: (id) => ding.sessionWebhook(id) });

describe("platform callback fuzz (Slack, WeCom, DingTalk; every request correctly signed)", () => {
  it(`${RUNS} valid, mutated, malformed and mistyped signed callbacks: no 5xx, platform acknowledgements, no logged errors (seed ${FUZZ_SEED})`, { timeout: 900_000 }, async () => {
    const result = await fuzzHttp(base, targets(), RUNS, FUZZ_SEED);
    await app.inbox.idle();
    await app.outbox.drain();
    console.info("platform fuzz", JSON.stringify(result));
    expect(result.requests).toBe(RUNS);
    expect(Object.keys(result.byStatus).every((s) => Number(s) < 500)).toBe(true);
    expect(Object.keys(result.byTarget).sort()).toHaveLength(targets().length);
    expect(errors.map((e) => e.map((x) => (x instanceof Error ? x.stack : String(x))).join(" "))).toEqual([]);
  });

  it("still answers a normal signed message on each platform afterwards", async () => {
    const [slackEvents, , , wecom, dingTalk] = targets();
    const slackBefore = slack.callsOf("chat.postMessage").length;
    const slackRaw = JSON.stringify({ team_id: "T1", api_app_id: "A1", type: "event_callback", event_id: "EvAfterFuzz", event: { type: "message", channel_type: "im", channel: "D1", user: "U1", text: "help", ts: "1800000000.1" } });
    expect((await send(base, { target: slackEvents!, raw: slackRaw, contentType: "application/json", kind: "valid" })).status).toBe(200);

    const wecomClient = new WecomCallbackClient(base, WECOM);
    const wecomBefore = wecomApi.calls.filter((c) => c.api === "message/send" && c.body.touser === "lilei").length;
    expect((await wecomClient.post(wecomClient.text("lilei", "帮助", "9990001"))).status).toBe(200);

    const dingBefore = ding.calls.filter((c) => c.path === "/session/after-fuzz").length;
    const dingRaw = JSON.stringify({
      msgId: "after-fuzz", msgtype: "text", text: { content: "帮助" }, conversationType: "1", conversationId: "cid-direct-li", senderId: "$:LWCP_v1:$li",
      senderStaffId: "li", senderCorpId: "dingcorp1", sessionWebhook: ding.sessionWebhook("after-fuzz"), sessionWebhookExpiredTime: 4_000_000_000_000,
    });
    expect((await send(base, { target: dingTalk!, raw: dingRaw, contentType: "application/json", kind: "valid" })).status).toBe(200);
    void wecom;

    await app.inbox.idle();
    await app.outbox.drain();
    expect(slack.callsOf("chat.postMessage").length).toBeGreaterThan(slackBefore);
    expect(wecomApi.calls.filter((c) => c.api === "message/send" && c.body.touser === "lilei").length).toBeGreaterThan(wecomBefore);
    expect(ding.calls.filter((c) => c.path === "/session/after-fuzz").length).toBeGreaterThan(dingBefore);
    expect(errors).toEqual([]);
  });
});
