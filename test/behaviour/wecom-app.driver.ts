import { fixedClock } from "../../domain/shared/clock.js";
import type { FakeWecomApi, RecordedCall } from "../fake-wecom-api.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startWecomTestApp, WECOM_ROBOT_KEY } from "../wecom-test-corp.js";
import { BEHAVIOUR_NOW } from "./channel-behaviour.js";
import type { ChannelDriver, Seen } from "./channel-driver.js";
import { pngImages } from "./seen-images.js";
import { type SentTemplateCard, templateCardSeen } from "./wecom-card-seen.js";

function seenOf(call: RecordedCall, media: FakeWecomApi["media"]): Seen | null {
  if (call.answer.errcode !== 0) return null;
  const body = call.body;
  const content = (field: unknown) => String((field as { content?: string } | undefined)?.content ?? "");
  const image = body.image as { media_id?: string; base64?: string } | undefined;
  // An image message names an upload (message/send, appchat/send) or carries the picture itself (a group robot).
  const images =
    body.msgtype !== "image" ? [] : pngImages([image?.base64 !== undefined ? Buffer.from(image.base64, "base64") : media.get(String(image?.media_id))?.bytes]);
  if (call.api === "webhook/send") return { chat: `robot:${call.query.key}`, text: content(body.markdown ?? body.text), buttons: [], images };
  if (call.api === "appchat/send") return { chat: String(body.chatid), text: content(body.markdown ?? body.text), buttons: [], images };
  if (call.api !== "message/send") return null;
  const chat = String(body.touser);
  if (body.msgtype !== "template_card") return { chat, text: content(body.text ?? body.markdown), buttons: [], images };
  return templateCardSeen(chat, body.template_card as SentTemplateCard);
}

/**
 * The WeCom self-built app: encrypted, signed XML callbacks (members' direct chats only: the app
 * cannot hear groups) against the fake WeCom API; the team's group is a group robot, registered by
 * its webhook address in a direct chat, which shows cards without pressable buttons.
 */
export async function wecomAppDriver(): Promise<ChannelDriver> {
  const clock = fixedClock(BEHAVIOUR_NOW);
  const started = await startWecomTestApp(clock, () => ({ ...NO_LIMITS_ENV, CRM_SCHEDULER: "off" }));
  const { app, fake, wecom } = started;
  const msgIds = new Map<string, string>();
  let seq = 5000;
  let clickAt = 1764036100;
  const settle = async () => {
    await app.inbox.idle();
    await app.outbox.drain();
  };
  const post = async (xml: string) => {
    const res = await wecom.post(xml);
    if (res.status !== 200) throw new Error(`callback → ${res.status}`);
    await settle();
  };
  return {
    name: "wecom-app",
    platform: "wecom",
    app,
    clock,
    group: `robot:${WECOM_ROBOT_KEY}`,
    groupAddress: `${started.apiBase}/cgi-bin/webhook/send?key=${WECOM_ROBOT_KEY}`,
    can: { groupInbound: false, groupButtons: false, outage: true, push: true, images: true },
    async direct(user, text, eventId) {
      // WeCom's MsgId is a number; a redelivery repeats it.
      const msgId = eventId ? (msgIds.get(eventId) ?? String(++seq)) : String(++seq);
      if (eventId) msgIds.set(eventId, msgId);
      await post(wecom.text(user, text, msgId));
    },
    inGroup() {
      throw new Error("the WeCom app cannot receive group messages");
    },
    async sendFile(user, fileName, bytes, eventId) {
      const msgId = eventId ? (msgIds.get(eventId) ?? String(++seq)) : String(++seq);
      if (eventId) msgIds.set(eventId, msgId);
      // The file waits in WeCom's temporary media under its MediaId until the app fetches it (media/get).
      fake.incoming.set(`MEDIA-${msgId}`, { fileName, bytes });
      await post(wecom.file(user, `MEDIA-${msgId}`, msgId, fileName));
    },
    async press(user, button) {
      const handle = button.handle as { taskId: string; key: string };
      await post(wecom.cardClick(user, { eventKey: handle.key, taskId: handle.taskId, responseCode: `click-${++clickAt}` }, ++clickAt));
    },
    seen: () => fake.calls.flatMap((c) => seenOf(c, fake.media) ?? []),
    outage(on) {
      fake.outage = on ? (api) => (api === "message/send" || api === "webhook/send" || api === "appchat/send" ? 45009 : null) : undefined;
    },
    settle,
    close: () => started.close(),
  };
}
