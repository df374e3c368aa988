import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DING, type PlatformApp, SLACK_SECRET, WECOM, startPlatformApp } from "../platform-app.js";
import { WecomCallbackClient } from "../wecom-callback-client.js";
import { FUZZ_SEED, FUZZ_TOTAL } from "./fuzz-inputs.js";
import { fuzzHttp, send } from "./http-fuzz.js";
import { platformTargets } from "./platform-targets.js";

// On top of the local API's budget: 30% of CRM_FUZZ_RUNS (600 in `npm test`, 3,000 in `npm run reliability`),
// or CRM_PLATFORM_FUZZ_RUNS. Every valid platform request runs the whole bot and the outbox.
const PLATFORM_FUZZ_RUNS = Number(process.env.CRM_PLATFORM_FUZZ_RUNS ?? Math.max(6, Math.round(FUZZ_TOTAL * 0.3)));
const RUNS = PLATFORM_FUZZ_RUNS;

let p: PlatformApp;
const errors: unknown[][] = [];

beforeAll(async () => {
  // The app logs through console.error; anything logged there during the run is a finding.
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  p = await startPlatformApp();
  ({ app, base, slack, wecom: wecomApi, ding } = p);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await p?.close();
});

let app: PlatformApp["app"];
let base: string;
let slack: PlatformApp["slack"];
let wecomApi: PlatformApp["wecom"];
let ding: PlatformApp["ding"];

const targets = () =>
  platformTargets({
    slackSigningSecret: SLACK_SECRET,
    slackResponseBase: slack.responseBase,
    wecom: WECOM,
    dingTalkAppSecret: DING.appSecret,
    dingTalkSessionWebhook: (id) => ding.sessionWebhook(id),
  });

describe("platform callback fuzz (Slack, WeCom, DingTalk; every request correctly signed)", () => {
  it(`${RUNS} valid, mutated, malformed and mistyped signed callbacks: no 5xx, platform acknowledgements, no logged errors (seed ${FUZZ_SEED})`, {
    timeout: 900_000,
  }, async () => {
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
    const [slackEvents, , , , dingTalk] = targets();
    const slackBefore = slack.callsOf("chat.postMessage").length;
    const slackRaw = JSON.stringify({
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: "EvAfterFuzz",
      event: { type: "message", channel_type: "im", channel: "D1", user: "U1", text: "help", ts: "1800000000.1" },
    });
    expect((await send(base, { target: slackEvents!, raw: slackRaw, contentType: "application/json", kind: "valid" })).status).toBe(200);

    const wecomClient = new WecomCallbackClient(base, WECOM);
    const wecomBefore = wecomApi.calls.filter((c) => c.api === "message/send" && c.body.touser === "lilei").length;
    expect((await wecomClient.post(wecomClient.text("lilei", "帮助", "9990001"))).status).toBe(200);

    const dingBefore = ding.calls.filter((c) => c.path === "/session/after-fuzz").length;
    const dingRaw = JSON.stringify({
      msgId: "after-fuzz",
      msgtype: "text",
      text: { content: "帮助" },
      conversationType: "1",
      conversationId: "cid-direct-li",
      senderId: "$:LWCP_v1:$li",
      senderStaffId: "li",
      senderCorpId: "dingcorp1",
      sessionWebhook: ding.sessionWebhook("after-fuzz"),
      sessionWebhookExpiredTime: 4_000_000_000_000,
    });
    expect((await send(base, { target: dingTalk!, raw: dingRaw, contentType: "application/json", kind: "valid" })).status).toBe(200);

    await app.inbox.idle();
    await app.outbox.drain();
    expect(slack.callsOf("chat.postMessage").length).toBeGreaterThan(slackBefore);
    expect(wecomApi.calls.filter((c) => c.api === "message/send" && c.body.touser === "lilei").length).toBeGreaterThan(wecomBefore);
    expect(ding.calls.filter((c) => c.path === "/session/after-fuzz").length).toBeGreaterThan(dingBefore);
    expect(errors).toEqual([]);
  });
});
