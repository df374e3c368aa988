import type { DeliveryTarget } from "../../bot/delivery/channel-sender.js";
import type { InboundEvent } from "../../bot/types.js";
import type { PendingFileEvent } from "../inbound-file.js";
import { stripMentions } from "../strip-mentions.js";
import { decodeButtonId } from "./render-dingtalk-card.js";
import type { DingTalkReplyContext } from "./dingtalk-reply-context.js";
import { type CardCallback, type RobotMessage, cardCallbackContentSchema } from "./robot-message.schema.js";

export const PLATFORM = "dingtalk";

export interface Normalized {
  event: InboundEvent & { eventId: string };
  target: DeliveryTarget;
}

/** Who sent a robot message, where, and where its replies go. */
function originOf(message: RobotMessage) {
  const group = message.conversationType === "2";
  const userId = message.senderStaffId || message.senderId;
  const tenantId = message.chatbotCorpId ?? message.senderCorpId;
  const replyContext: DingTalkReplyContext = {
    ...(message.sessionWebhook ? { sessionWebhook: message.sessionWebhook } : {}),
    ...(message.sessionWebhookExpiredTime ? { sessionWebhookExpiresAt: message.sessionWebhookExpiredTime } : {}),
    ...(message.robotCode ? { robotCode: message.robotCode } : {}),
    conversationType: message.conversationType,
    ...(group ? { openConversationId: message.conversationId } : {}),
    ...(message.senderStaffId ? { senderStaffId: message.senderStaffId } : {}),
  };
  return {
    group,
    common: {
      channel: PLATFORM,
      eventId: message.msgId,
      user: {
        platformUserId: userId,
        ...(message.senderNick ? { displayName: message.senderNick } : {}),
        ...(tenantId ? { tenantId } : {}),
      },
      conversation: { id: message.conversationId, kind: group ? ("group" as const) : ("direct" as const) },
    },
    target: {
      conversationId: message.conversationId,
      kind: group ? ("group" as const) : ("direct" as const),
      platformUserId: userId,
      ...(tenantId ? { tenantId } : {}),
      replyContext,
    } satisfies DeliveryTarget,
  };
}

/**
 * A robot message as an InboundEvent plus where to answer it. Returns undefined for message types
 * the bot cannot read (pictures); a file is robotFileToEvent's.
 */
export function robotMessageToEvent(message: RobotMessage): Normalized | undefined {
  const raw = textOf(message);
  if (raw === undefined) return undefined;
  const { group, common, target } = originOf(message);
  return { event: { type: "message", ...common, text: group ? stripMentions(raw) : raw.trim() }, target };
}

/** A file message (msgtype file, content.downloadCode), waiting for its bytes; msgId dedupes redeliveries. */
export function robotFileToEvent(message: RobotMessage): PendingFileEvent | undefined {
  if (message.msgtype !== "file" || !message.content?.downloadCode) return undefined;
  const { common, target } = originOf(message);
  return { event: { type: "file", ...common }, target };
}

/**
 * A card button press as a card.action. The event id is the card, the user and the button, so a
 * redelivery of the same press is a duplicate while a second, different press is not.
 */
export function cardCallbackToEvent(callback: CardCallback, robotCode: string): Normalized | undefined {
  let content: unknown;
  try {
    content = JSON.parse(callback.content);
  } catch {
    return undefined;
  }
  const parsed = cardCallbackContentSchema.safeParse(content);
  if (!parsed.success) return undefined;
  const buttonId = parsed.data.cardPrivateData.actionIds[0] ?? "";
  const action = decodeButtonId(buttonId);
  if (!action) return undefined;
  const group = callback.spaceType === "IM_GROUP" && !!callback.spaceId;
  const conversationId = group ? (callback.spaceId as string) : callback.userId;
  const replyContext: DingTalkReplyContext = {
    robotCode,
    conversationType: group ? "2" : "1",
    ...(group ? { openConversationId: conversationId } : {}),
    senderStaffId: callback.userId,
    cardBizId: callback.outTrackId,
  };
  return {
    event: {
      type: "card.action",
      channel: PLATFORM,
      eventId: `card:${callback.outTrackId}:${callback.userId}:${buttonId}`.slice(0, 500),
      user: { platformUserId: callback.userId, ...(callback.corpId ? { tenantId: callback.corpId } : {}) },
      conversation: { id: conversationId, kind: group ? "group" : "direct" },
      actionId: action.actionId,
      value: action.value,
    },
    target: {
      conversationId,
      kind: group ? "group" : "direct",
      platformUserId: callback.userId,
      ...(callback.corpId ? { tenantId: callback.corpId } : {}),
      replyContext,
    },
  };
}

function textOf(message: RobotMessage): string | undefined {
  if (message.msgtype === "text") return message.text?.content ?? "";
  if (message.msgtype === "audio") return message.content?.recognition;
  return undefined;
}
