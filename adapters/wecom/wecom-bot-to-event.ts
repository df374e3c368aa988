import type { DeliveryTarget } from "../../bot/delivery/channel-sender.js";
import type { InboundEvent } from "../../bot/types.js";
import { stripMentions } from "../strip-mentions.js";
import { decodeButtonKey } from "./render-wecom-template-card.js";
import type { PendingFileEvent } from "../inbound-file.js";
import type { BotCardEvent, BotFileMessage, BotMixedMessage, BotTextMessage, BotVoiceMessage } from "./wecom-bot-frame.schema.js";

export const WECOM_BOT_PLATFORM = "wecom-bot";

/** What a reply to a click needs to update the pressed card: the click's frame and the card's task. */
export interface WecomBotClick {
  reqId: string;
  taskId: string;
}

export interface NormalizedBotEvent {
  event: InboundEvent & { eventId: string };
  target: DeliveryTarget;
}

/** Where a conversation's replies go: the group's chatid, or the member's userid in a single chat. */
function placeOf(body: { chatid?: string | undefined; chattype?: "single" | "group" | undefined; from: { userid: string } }, tenantId: string) {
  const group = body.chattype === "group" && !!body.chatid;
  const conversationId = group ? body.chatid! : body.from.userid;
  const kind = group ? ("group" as const) : ("direct" as const);
  return {
    base: { channel: WECOM_BOT_PLATFORM, user: { platformUserId: body.from.userid, tenantId }, conversation: { id: conversationId, kind } },
    target: { conversationId, kind, platformUserId: body.from.userid, tenantId } satisfies DeliveryTarget,
  };
}

/** A text (or transcribed voice) message: in a group the @mention of the bot is taken off. Msgid dedupes redeliveries. */
export function botMessageToEvent(body: BotTextMessage | BotVoiceMessage | BotMixedMessage, tenantId: string): NormalizedBotEvent | null {
  const raw =
    body.msgtype === "text"
      ? body.text.content
      : body.msgtype === "voice"
        ? body.voice.content
        : body.mixed.msg_item.flatMap((item) => (item.text ? [item.text.content] : [])).join("\n");
  const { base, target } = placeOf(body, tenantId);
  const text = base.conversation.kind === "group" ? stripMentions(raw) : raw.trim();
  if (!text) return null;
  return { event: { ...base, type: "message", eventId: `msg:${body.msgid}`, text }, target };
}

/** A button pressed on one of our template cards; the click's frame lets the reply replace that card. */
export function botCardEventToEvent(body: BotCardEvent, reqId: string, tenantId: string): NormalizedBotEvent | null {
  const key = body.event.template_card_event?.event_key ?? body.event.event_key;
  const taskId = body.event.template_card_event?.task_id ?? body.event.task_id;
  const action = key ? decodeButtonKey(key) : null;
  if (!action) return null;
  const { base, target } = placeOf(body, tenantId);
  const replyContext: WecomBotClick | undefined = taskId ? { reqId, taskId } : undefined;
  return {
    event: { ...base, type: "card.action", eventId: `evt:${body.msgid}`, actionId: action.actionId, value: action.value },
    target: replyContext ? { ...target, replyContext } : target,
  };
}

/** A file sent to the bot (single chat or group), waiting for its bytes; msgid dedupes redeliveries. */
export function botFileToEvent(body: BotFileMessage, tenantId: string): PendingFileEvent {
  const { base, target } = placeOf(body, tenantId);
  return { event: { ...base, type: "file", eventId: `msg:${body.msgid}` }, target };
}
