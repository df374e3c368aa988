import { createHmac } from "node:crypto";
import { TOPIC_CARD, TOPIC_ROBOT } from "dingtalk-stream";
import { decodeButtonId } from "../../adapters/dingtalk/render-dingtalk-card.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { type FakeCall, FakeDingTalk } from "../fakes/fake-dingtalk.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startTestApp } from "../test-app.js";
import { BEHAVIOUR_NOW } from "./channel-behaviour.js";
import type { ChannelDriver, Seen, SeenButton } from "./channel-driver.js";
import { pngImages } from "./seen-images.js";

const APP = { appKey: "dingbehaviour", appSecret: "app-secret-b", robotAccessToken: "robot-token", robotSecret: "SECrobot" };
const CORP = "dingcorpb";
const GROUP = "cidSalesGroup==";
const QPS_LIMIT = { status: 429, body: { code: "Forbidden.AccessDenied.QpsLimitForApi", message: "qps" } };

type CardData = { contents?: { type: string; text?: string; actions?: { id: string; text?: string; label?: string }[] }[] };

/**
 * DingTalk against the fake DingTalk OpenAPI and session webhooks, reached either by HTTP callbacks
 * (signed as DingTalk signs them) or by Stream mode: the official SDK asks the fake gateway for a
 * ticket, connects to its WebSocket and acknowledges each pushed frame.
 */
export async function dingTalkDriver(mode: "http" | "stream" = "http"): Promise<ChannelDriver> {
  const clock = fixedClock(BEHAVIOUR_NOW);
  const fake = new FakeDingTalk(APP, () => clock.now());
  await fake.start();
  const started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: {
      ...NO_LIMITS_ENV,
      CRM_SCHEDULER: "off",
      DINGTALK_APP_KEY: APP.appKey,
      DINGTALK_APP_SECRET: APP.appSecret,
      DINGTALK_API_BASE: fake.base,
      // Files and pictures are uploaded to the legacy oapi host: the fake too, or a chart would wait on the real one.
      DINGTALK_OAPI_BASE: fake.base,
      DINGTALK_CORP_ID: CORP,
      DINGTALK_MODE: mode,
      // Files people send are downloaded from the URL DingTalk hands out: the fake's own host.
      DINGTALK_FILE_HOSTS: fake.base,
    },
  });
  const { app, base } = started;
  if (mode === "stream") {
    await app.start();
    await fake.streamConnected();
  }
  /** Which chat a message's session webhook answers. */
  const sessions = new Map<string, string>();
  let seq = 0;
  let stamp = 0;
  const settle = async () => {
    await app.inbox.idle();
    await app.outbox.drain();
  };
  let frames = 0;
  /** Stream mode: pushes the frame and waits for the client's acknowledgement (sent once it is recorded). */
  const push = async (topic: string, body: unknown) => {
    const messageId = `frame-${++frames}`;
    fake.pushStream(topic, messageId, body);
    for (let i = 0; i < 500 && !fake.streamAcks.some((a) => a.messageId === messageId); i++) await new Promise((r) => setTimeout(r, 5));
    await settle();
  };
  const deliver = (path: string, body: unknown) =>
    mode === "stream" ? push(path === "/dingtalk/callback" ? TOPIC_ROBOT : TOPIC_CARD, body) : post(path, body);
  const post = async (path: string, body: unknown) => {
    // A (timestamp, sign) pair is single use: each delivery at its own millisecond, as DingTalk stamps them.
    const timestamp = String(clock.now().getTime() - ++stamp);
    const sign = createHmac("sha256", APP.appSecret).update(`${timestamp}\n${APP.appSecret}`).digest("base64");
    const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", timestamp, sign }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    await settle();
  };
  const say = async (user: string, text: string, eventId: string | undefined, group: boolean) =>
    robot(user, eventId, group, { msgtype: "text", text: { content: group ? `@CRM ${text}` : text } });
  /** A robot message (its msgtype and content) from a member, as DingTalk delivers it. */
  const robot = async (user: string, eventId: string | undefined, group: boolean, content: Record<string, unknown>) => {
    const msgId = eventId ?? `msg${++seq}`;
    sessions.set(msgId, group ? GROUP : user);
    await deliver("/dingtalk/callback", {
      msgId,
      ...content,
      createAt: clock.now().getTime(),
      conversationType: group ? "2" : "1",
      conversationId: group ? GROUP : `cid-direct-${user}`,
      senderId: `$:LWCP_v1:$${user}`,
      senderNick: user,
      senderCorpId: CORP,
      senderStaffId: user,
      chatbotCorpId: CORP,
      chatbotUserId: "$:LWCP_v1:$bot",
      robotCode: APP.appKey,
      isInAtList: group ? true : undefined,
      sessionWebhook: fake.sessionWebhook(msgId),
      sessionWebhookExpiredTime: clock.now().getTime() + 90 * 60_000,
    });
  };
  const seenOf = (call: FakeCall): Seen | null => {
    if (call.failed) return null;
    const body = call.body;
    const param = (p: unknown) => {
      const parsed = JSON.parse(String(p ?? "{}")) as { content?: string; text?: string; title?: string };
      return [parsed.title, parsed.content, parsed.text].filter(Boolean).join("\n");
    };
    /** A robot image message shows the upload its photoURL names (sampleFile is a file, not a picture). */
    const images = () => {
      if (body.msgKey !== "sampleImageMsg") return [];
      const { photoURL } = JSON.parse(String(body.msgParam)) as { photoURL?: string };
      return pngImages([fake.media.get(String(photoURL))?.bytes]);
    };
    if (call.path.startsWith("/session/")) {
      const chat = sessions.get(call.path.slice("/session/".length)) ?? "?";
      const text = (body.text as { content?: string } | undefined)?.content ?? JSON.stringify(body.markdown ?? "");
      return { chat, text, buttons: [], images: [] };
    }
    if (call.path === "/v1.0/robot/oToMessages/batchSend")
      return { chat: String((body.userIds as string[])[0]), text: param(body.msgParam), buttons: [], images: images() };
    if (call.path === "/v1.0/robot/groupMessages/send")
      return { chat: String(body.openConversationId), text: param(body.msgParam), buttons: [], images: images() };
    if (call.path === "/v1.0/im/v1.0/robot/interactiveCards/send") {
      const chat = body.openConversationId ? String(body.openConversationId) : (JSON.parse(String(body.singleChatReceiver)) as { userId: string }).userId;
      const data = JSON.parse(String(body.cardData)) as CardData;
      const buttons: SeenButton[] = (data.contents ?? [])
        .flatMap((c) => c.actions ?? [])
        .flatMap((a) => {
          const action = decodeButtonId(a.id);
          return action ? [{ label: a.text ?? a.label ?? "", ...action, handle: { cardBizId: String(body.cardBizId), id: a.id } }] : [];
        });
      return { chat, text: JSON.stringify(data), buttons, images: [] };
    }
    return null;
  };
  return {
    name: mode === "stream" ? "dingtalk-stream" : "dingtalk",
    platform: "dingtalk",
    app,
    clock,
    group: GROUP,
    can: { groupInbound: true, groupButtons: true, outage: true, push: true, images: true },
    direct: (user, text, eventId) => say(user, text, eventId, false),
    inGroup: (user, text, eventId) => say(user, text, eventId, true),
    async sendFile(user, fileName, bytes, eventId) {
      const msgId = eventId ?? `file${++seq}`;
      // The file waits on DingTalk's side under its download code until the robot asks for it.
      fake.sentFiles.set(`code-${msgId}`, { bytes });
      await robot(user, msgId, false, { msgtype: "file", content: { downloadCode: `code-${msgId}`, fileName } });
    },
    async press(user, button, where) {
      const handle = button.handle as { cardBizId: string; id: string };
      await deliver("/dingtalk/card-callback", {
        type: "actionCallback",
        outTrackId: handle.cardBizId,
        corpId: CORP,
        userId: user,
        spaceType: where === "group" ? "IM_GROUP" : "IM_ROBOT",
        spaceId: where === "group" ? GROUP : `dtv1.card//IM_ROBOT.${user}`,
        content: JSON.stringify({ cardPrivateData: { actionIds: [handle.id], params: {} } }),
      });
    },
    seen: () => fake.calls.flatMap((c) => seenOf(c) ?? []),
    outage(on) {
      fake.outage = on
        ? (path) => (path.startsWith("/session/") || path.startsWith("/v1.0/robot/") || path.startsWith("/v1.0/im/") ? QPS_LIMIT : null)
        : undefined;
    },
    settle,
    async close() {
      await started.close();
      await fake.stop();
    },
  };
}
