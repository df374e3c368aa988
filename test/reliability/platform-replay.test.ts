import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeButtonId } from "../../adapters/dingtalk/render-dingtalk-card.js";
import { decodeButtonKey } from "../../adapters/wecom/render-wecom-template-card.js";
import { slackSignature } from "../fake-slack.js";
import { DING, type PlatformApp, SLACK_SECRET, WECOM, startPlatformApp, uniqueDingTalkTimestamp } from "../platform-app.js";
import { WecomCallbackClient } from "../wecom-callback-client.js";

/**
 * Platforms redeliver: Slack retries after 3 s, WeCom after 5 s, DingTalk when it gets no 200, and
 * retries can overlap the first delivery. Each case builds ONE signed request and sends the same
 * bytes 3× one after the other and 3× at once: exactly one record and one reply must come of it.
 */
let p: PlatformApp;
let wecom: WecomCallbackClient;
let n = 0;
const uid = () => `${Date.now().toString(36)}${++n}`;

beforeAll(async () => {
  p = await startPlatformApp();
  wecom = new WecomCallbackClient(p.base, WECOM);
});
afterAll(async () => {
  await p?.close();
});

/** A delivery that can be repeated byte for byte; resolves to the HTTP status. */
type Deliver = () => Promise<number>;

const slackPost = (body: string, contentType: string): Deliver => {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": slackSignature(SLACK_SECRET, timestamp, body),
  };
  return async () => (await fetch(`${p.base}/slack/events`, { method: "POST", headers, body })).status;
};
const slackMessage = (text: string, eventId = `Ev${uid()}`): Deliver =>
  slackPost(
    JSON.stringify({
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: eventId,
      event: { type: "message", channel_type: "im", channel: "D1", user: "U1", text, ts: `1800000000.${uid()}` },
    }),
    "application/json",
  );

const dingPost = (path: string, body: unknown): Deliver => {
  const timestamp = uniqueDingTalkTimestamp();
  const headers = {
    "content-type": "application/json",
    timestamp,
    sign: createHmac("sha256", DING.appSecret).update(`${timestamp}\n${DING.appSecret}`).digest("base64"),
  };
  const raw = JSON.stringify(body);
  return async () => (await fetch(`${p.base}${path}`, { method: "POST", headers, body: raw })).status;
};
const dingMessage = (text: string, msgId = `dm${uid()}`): Deliver =>
  dingPost("/dingtalk/callback", {
    msgId,
    msgtype: "text",
    text: { content: text },
    conversationType: "1",
    conversationId: "cid-direct-li",
    senderId: "$:LWCP_v1:$li",
    senderStaffId: "li",
    senderCorpId: "dingcorp1",
    chatbotCorpId: "dingcorp1",
    sessionWebhook: p.ding.sessionWebhook(msgId),
    sessionWebhookExpiredTime: 4_000_000_000_000,
  });

/** WeCom: the encrypted body and query are fixed once, so every delivery carries the same bytes. */
const wecomPost = (innerXml: string): Deliver => {
  let captured: { url: string; body: string } | undefined;
  const realFetch = globalThis.fetch;
  return async () => {
    if (!captured) {
      // The client encrypts with a random IV each call: capture its first request and replay that.
      // (Only the callback request: the app's outbox uses the same global fetch meanwhile.)
      globalThis.fetch = (async (url: string | URL, init?: RequestInit) => {
        if (String(url).includes("/wecom/callback")) captured = { url: String(url), body: String(init?.body) };
        return realFetch(url, init);
      }) as typeof fetch;
      try {
        return (await wecom.post(innerXml)).status;
      } finally {
        globalThis.fetch = realFetch;
      }
    }
    return (await realFetch(captured.url, { method: "POST", headers: { "content-type": "text/xml" }, body: captured.body })).status;
  };
};
const wecomText = (text: string) => wecomPost(wecom.text("lilei", text, String((Date.now() % 1_000_000_000) + ++n)));

async function send(deliver: Deliver): Promise<void> {
  expect(await deliver()).toBe(200);
  await p.settle();
}

/** Creates a deal by chat and returns its number; each round works on its own deal. */
async function newDeal(say: (text: string) => Deliver, company: string): Promise<{ id: string; number: number }> {
  await send(say(`company add ${company}`));
  await send(say(`deal new ${company} 1k`));
  const deal = await p.app.db.deal.findFirstOrThrow({ where: { company: { name: company } } });
  return { id: deal.id, number: deal.number };
}

interface ReplayCase {
  name: string;
  /** Prepares the round and returns the one delivery to replay plus counters of its effects. */
  prepare(company: string): Promise<{ deliver: Deliver; records(): Promise<number>; replies(): number }>;
}

const activities = (company: string) => () => p.app.db.activity.count({ where: { company: { name: company } } });
const stageChanges = (dealId: string) => () => p.app.db.dealStageChange.count({ where: { dealId } });

const cases: ReplayCase[] = [
  {
    name: "Slack message event",
    async prepare(company) {
      await send(slackMessage(`company add ${company}`));
      const mark = p.slack.calls.length;
      return {
        deliver: slackMessage(`log called ${company}`),
        records: activities(company),
        replies: () => p.slack.calls.slice(mark).filter((c) => c.method === "chat.postMessage").length,
      };
    },
  },
  {
    name: "Slack button click",
    async prepare(company) {
      const deal = await newDeal(slackMessage, company);
      const card = p.slack
        .callsOf("chat.postMessage")
        .filter((c) => JSON.stringify(c.body.blocks ?? "").includes(`${deal.id}:`))
        .at(-1);
      const blocks = (card?.body.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
      const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.value?.startsWith(`${deal.id}:`) && e.action_id?.startsWith("deal.move-stage"));
      expect(button).toBeDefined();
      const payload = {
        type: "block_actions",
        team: { id: "T1", domain: "acme" },
        user: { id: "U1", team_id: "T1" },
        trigger_id: `trig-${uid()}`,
        container: { type: "message", message_ts: "1700000999.000100", channel_id: "D1", is_ephemeral: false },
        channel: { id: "D1", name: "directmessage" },
        response_url: `${p.slack.responseBase}/replay-${uid()}`,
        actions: [{ type: "button", action_id: button!.action_id, value: button!.value, action_ts: `1700001000.${uid()}` }],
      };
      const mark = p.slack.calls.length;
      return {
        deliver: slackPost(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded"),
        records: stageChanges(deal.id),
        replies: () => p.slack.calls.slice(mark).filter((c) => c.method === "chat.update").length,
      };
    },
  },
  {
    name: "WeCom text",
    async prepare(company) {
      await send(wecomText(`company add ${company}`));
      const mark = p.wecom.calls.length;
      return {
        deliver: wecomText(`log called ${company}`),
        records: activities(company),
        replies: () => {
          const r = p.wecom.calls.slice(mark).filter((c) => c.api === "message/send");
          console.log(JSON.stringify(r));
          return r.length;
        },
      };
    },
  },
  {
    name: "WeCom template_card_event",
    async prepare(company) {
      const deal = await newDeal(wecomText, company);
      const mark0 = p.wecom.calls.length;
      await send(wecomText(`deal show #${deal.number}`));
      const card = p.wecom.calls
        .slice(mark0)
        .map((c) => c.body.template_card as { task_id: string; button_list?: { key: string }[] } | undefined)
        .find((c) => c?.button_list);
      const button = card?.button_list?.find((b) => decodeButtonKey(b.key)?.value.startsWith(`${deal.id}:`));
      expect(button).toBeDefined();
      const mark = p.wecom.calls.length;
      return {
        deliver: wecomPost(wecom.cardClick("lilei", { eventKey: button!.key, taskId: card!.task_id, responseCode: `code-${uid()}` })),
        records: stageChanges(deal.id),
        replies: () => p.wecom.calls.slice(mark).filter((c) => c.api === "message/update_template_card").length,
      };
    },
  },
  {
    name: "DingTalk text",
    async prepare(company) {
      await send(dingMessage(`company add ${company}`));
      const msgId = `dm${uid()}`;
      return {
        deliver: dingMessage(`log called ${company}`, msgId),
        records: activities(company),
        replies: () => p.ding.calls.filter((c) => c.path === `/session/${msgId}`).length,
      };
    },
  },
  {
    name: "DingTalk card callback",
    async prepare(company) {
      const deal = await newDeal(dingMessage, company);
      const mark0 = p.ding.calls.length;
      await send(dingMessage(`deal show #${deal.number}`));
      const cardSend = p.ding.calls.slice(mark0).find((c) => c.path === "/v1.0/im/v1.0/robot/interactiveCards/send");
      const cardData = JSON.parse(String(cardSend?.body.cardData ?? "{}")) as { contents?: { actions?: { id: string }[] }[] };
      const button = (cardData.contents ?? []).flatMap((c) => c.actions ?? []).find((b) => decodeButtonId(b.id)?.value.startsWith(`${deal.id}:`));
      expect(button).toBeDefined();
      const mark = p.ding.calls.length;
      return {
        deliver: dingPost("/dingtalk/card-callback", {
          type: "actionCallback",
          outTrackId: String(cardSend?.body.cardBizId),
          corpId: "dingcorp1",
          userId: "li",
          spaceType: "IM_ROBOT",
          spaceId: "dtv1.card//IM_ROBOT.li",
          content: JSON.stringify({ cardPrivateData: { actionIds: [button!.id], params: {} } }),
        }),
        records: stageChanges(deal.id),
        replies: () => p.ding.calls.slice(mark).filter((c) => c.method === "POST" && c.path !== "/v1.0/oauth2/accessToken").length,
      };
    },
  },
];

describe.each(cases)("$name delivered 3×", (c) => {
  it.each([
    [
      "one after the other",
      async (d: Deliver) => {
        for (let i = 0; i < 3; i++) expect(await d()).toBe(200);
      },
    ],
    [
      "at the same time",
      async (d: Deliver) => {
        expect(await Promise.all([d(), d(), d()])).toEqual([200, 200, 200]);
      },
    ],
  ] as const)("%s → one record, one reply", async (_mode, deliverThrice) => {
    const round = await c.prepare(`Replay${uid()}`);
    const before = await round.records();
    await deliverThrice(round.deliver);
    await p.settle();
    expect(await round.records()).toBe(before + 1);
    expect(round.replies()).toBe(1);
  });
});
