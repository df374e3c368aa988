import { createHmac } from "node:crypto";
import { encrypt, getSignature } from "@wecom/crypto";
import fc from "fast-check";
import { slackSignature } from "../fake-slack.js";
import { uniqueDingTalkTimestamp } from "../platform-app.js";
import type { WecomSecrets } from "../wecom-callback-client.js";
import { ACTION_IDS, textArb } from "./fuzz-inputs.js";
import type { FuzzRequest, FuzzTarget } from "./http-targets.js";

/**
 * The platform callbacks as fuzz targets. Every request is signed the way the platform signs it,
 * over whatever body the fuzzer produced, so truncated, garbage and mistyped bodies arrive with a
 * VALID signature: the adapters' parsing is what gets exercised, not only their signature checks.
 */
export interface PlatformSecrets {
  slackSigningSecret: string;
  /** Base of the fake Slack's response_url endpoint. */
  slackResponseBase: string;
  wecom: WecomSecrets;
  dingTalkAppSecret: string;
  /** Builds a sessionWebhook URL on the fake DingTalk. */
  dingTalkSessionWebhook: (id: string) => string;
}

const slackUsers = fc.constantFrom("U1", "U2", "UFUZZ", "W0");
const ids = fc.string({ minLength: 1, maxLength: 16 });
const seq = fc.integer({ min: 1, max: 1_000_000_000 });

/** Platform acknowledgement rules: no 5xx; a well-formed signed request is acknowledged with 200 (or refused with 400 when its content is not readable). */
function platformCheck(okBody: (body: string) => boolean) {
  return (request: FuzzRequest, answer: { status: number; body: string }): void => {
    const where = `${request.target.name} ${request.kind} → ${answer.status}: ${answer.body.slice(0, 300)}\nrequest: ${request.raw.slice(0, 300)}`;
    if (answer.status >= 500) throw new Error(`server error: ${where}`);
    if (request.kind === "valid" && ![200, 400].includes(answer.status)) throw new Error(`valid request refused: ${where}`);
    if (answer.status === 200 && !okBody(answer.body)) throw new Error(`acknowledgement the platform would not accept: ${where}`);
  };
}
const isJsonObject = (body: string) => {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
};

export function platformTargets(s: PlatformSecrets): FuzzTarget[] {
  const slackSign = (raw: string) => {
    const timestamp = Math.floor(Date.now() / 1000);
    return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": slackSignature(s.slackSigningSecret, timestamp, raw) };
  };
  // Slack: an empty 200 or a JSON answer (url_verification, slash command responses).
  const slackCheck = platformCheck((body) => body === "" || isJsonObject(body));
  const form = (fields: Record<string, unknown>) =>
    new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")])).toString();

  const slackEvents: FuzzTarget = {
    name: "slack events",
    method: "POST",
    path: "/slack/events",
    contentType: "application/json",
    valid: fc.record({
      token: fc.constant("legacy"),
      team_id: fc.constantFrom("T1", "T2"),
      api_app_id: fc.constant("A1"),
      type: fc.constant("event_callback"),
      event_id: seq.map((n) => `EvFuzz${n}`),
      event_time: fc.constant(1_764_036_000),
      event: fc.record({
        type: fc.constantFrom("message", "app_mention"),
        channel_type: fc.constantFrom("im", "channel"),
        channel: fc.constantFrom("D1", "C1"),
        user: slackUsers,
        text: textArb,
        ts: seq.map((n) => `1700000000.${n}`),
      }),
    }),
    sign: slackSign,
    check: slackCheck,
  };

  const slackCommands: FuzzTarget = {
    name: "slack slash commands",
    method: "POST",
    path: "/slack/events",
    contentType: "application/x-www-form-urlencoded",
    valid: fc.record({
      command: fc.constantFrom("/crm", "/other"),
      text: textArb,
      team_id: fc.constant("T1"),
      user_id: slackUsers,
      channel_id: fc.constantFrom("D1", "C1"),
      trigger_id: ids,
      response_url: seq.map((n) => `${s.slackResponseBase}/fuzz-cmd-${n}`),
    }),
    encode: (b) => form(b as Record<string, unknown>),
    sign: slackSign,
    check: slackCheck,
  };

  const slackInteractions: FuzzTarget = {
    name: "slack interactivity",
    method: "POST",
    path: "/slack/events",
    contentType: "application/x-www-form-urlencoded",
    valid: fc.record({
      type: fc.constant("block_actions"),
      team: fc.constant({ id: "T1", domain: "acme" }),
      user: slackUsers.map((id) => ({ id, team_id: "T1" })),
      trigger_id: ids,
      container: fc.constant({ type: "message", message_ts: "1700000999.000100", channel_id: "D1", is_ephemeral: false }),
      channel: fc.constant({ id: "D1", name: "directmessage" }),
      response_url: seq.map((n) => `${s.slackResponseBase}/fuzz-click-${n}`),
      actions: fc.array(
        fc.record({
          type: fc.constant("button"),
          action_id: fc.oneof(fc.constantFrom(...ACTION_IDS), fc.string({ maxLength: 300 })),
          value: fc.string({ maxLength: 2000 }),
          action_ts: fc.constant("1700001000.1"),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    // Interactivity wraps its JSON in `payload`; the fuzzer's cuts and junk land inside it too.
    encode: (b) => form({ payload: JSON.stringify(b) ?? "" }),
    sign: slackSign,
    check: slackCheck,
  };

  const w = s.wecom;
  const cdata = (v: unknown) => `<![CDATA[${typeof v === "string" ? v : (JSON.stringify(v) ?? "")}]]>`;
  const wecomInner = (b: Record<string, unknown>): string =>
    b.kind === "card"
      ? `<xml><ToUserName>${cdata(w.corpId)}</ToUserName><FromUserName>${cdata(b.from)}</FromUserName><CreateTime>${String(b.createTime)}</CreateTime>` +
        `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey>${cdata(b.content)}</EventKey>` +
        `<TaskId>${cdata(b.msgId)}</TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode>${cdata(b.msgId)}</ResponseCode><AgentID>${String(b.agentId)}</AgentID></xml>`
      : b.kind === "garbage"
        ? String(b.content)
        : `<xml><ToUserName>${cdata(w.corpId)}</ToUserName><FromUserName>${cdata(b.from)}</FromUserName><CreateTime>${String(b.createTime)}</CreateTime>` +
          `<MsgType>${cdata(b.msgType)}</MsgType><Content>${cdata(b.content)}</Content><MsgId>${String(b.msgId)}</MsgId><AgentID>${String(b.agentId)}</AgentID></xml>`;
  const wecom: FuzzTarget = {
    name: "wecom callback",
    method: "POST",
    path: "/wecom/callback",
    contentType: "text/xml",
    valid: fc.record({
      // "garbage": signed and encrypted correctly, but the plaintext is not WeCom XML at all.
      kind: fc.constantFrom("text", "text", "text", "card", "garbage"),
      from: fc.constantFrom("wangjl", "lilei", "fuzzer"),
      msgType: fc.constantFrom("text", "text", "image", "voice"),
      content: textArb,
      msgId: seq.map(String),
      createTime: fc.constant(1_764_036_000),
      agentId: fc.constantFrom(w.agentId, w.agentId, 999),
    }),
    encode: (b) => {
      const record = (b ?? {}) as Record<string, unknown>;
      const encrypted = encrypt(w.encodingAesKey, wecomInner(record), w.corpId);
      return `<xml><ToUserName>${cdata(w.corpId)}</ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID>${cdata(String(w.agentId))}</AgentID></xml>`;
    },
    // msg_signature covers the Encrypt field: sign whatever of it survived the fuzzer's cuts.
    url: (raw) => {
      const encrypted = /<Encrypt><!\[CDATA\[([^\]]*)/.exec(raw)?.[1] ?? "";
      // WeCom stamps each callback with its current time (the app refuses stamps far from its clock).
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = "fuzz";
      return `/wecom/callback?${new URLSearchParams({ msg_signature: getSignature(w.token, timestamp, nonce, encrypted), timestamp, nonce }).toString()}`;
    },
    // WeCom wants an empty 200 (or "success") within 5 seconds; anything else makes it retry.
    check: platformCheck((body) => body === "" || body === "success"),
  };

  const dingSign = () => {
    const timestamp = uniqueDingTalkTimestamp();
    return { timestamp, sign: createHmac("sha256", s.dingTalkAppSecret).update(`${timestamp}\n${s.dingTalkAppSecret}`).digest("base64") };
  };
  const dingCheck = platformCheck(isJsonObject);
  const dingTalk: FuzzTarget = {
    name: "dingtalk callback",
    method: "POST",
    path: "/dingtalk/callback",
    contentType: "application/json",
    valid: fc
      .record({
        id: seq.map((n) => `fuzz-msg-${n}`),
        staff: fc.constantFrom("boss", "li", "fuzzer"),
        group: fc.boolean(),
        content: textArb,
        msgtype: fc.constantFrom("text", "text", "picture"),
      })
      .map(({ id, staff, group, content, msgtype }) => ({
        msgId: id,
        msgtype,
        text: { content },
        createAt: 1_764_036_000_000,
        conversationType: group ? "2" : "1",
        conversationId: group ? "cidGroupSales==" : `cid-direct-${staff}`,
        senderId: `$:LWCP_v1:$${staff}`,
        senderNick: staff,
        senderCorpId: "dingcorp1",
        senderStaffId: staff,
        chatbotCorpId: "dingcorp1",
        isInAtList: group ? true : undefined,
        sessionWebhook: s.dingTalkSessionWebhook(id),
        sessionWebhookExpiredTime: 4_000_000_000_000,
      })),
    sign: dingSign,
    check: dingCheck,
  };
  const dingTalkCards: FuzzTarget = {
    name: "dingtalk card callback",
    method: "POST",
    path: "/dingtalk/card-callback",
    contentType: "application/json",
    valid: fc.record({
      outTrackId: ids,
      userId: fc.constantFrom("boss", "li", "fuzzer"),
      corpId: fc.constant("dingcorp1"),
      type: fc.constant("actionCallback"),
      content: fc.oneof(
        fc
          .record({
            cardPrivateData: fc.record({
              actionIds: fc.array(fc.oneof(fc.constantFrom(...ACTION_IDS), fc.string({ maxLength: 300 })), { minLength: 1, maxLength: 2 }),
            }),
          })
          .map((c) => JSON.stringify(c)),
        textArb,
      ),
    }),
    sign: dingSign,
    check: dingCheck,
  };

  return [slackEvents, slackCommands, slackInteractions, wecom, dingTalk, dingTalkCards];
}
