import { createHash } from "node:crypto";
import type { DeliveryTarget } from "../../bot/delivery/channel-sender.js";
import type { InboundEvent } from "../../bot/types.js";
import { decodeButtonKey } from "./render-wecom-template-card.js";
import type { WecomInbound } from "./wecom-xml.js";

export const WECOM_PLATFORM = "wecom";

/** What a click needs later to update the card it came from (stored with the outbox row). */
export interface WecomReplyContext {
  responseCode: string;
  taskId: string;
}

export interface NormalizedWecomEvent {
  event: InboundEvent & { eventId: string };
  target: DeliveryTarget;
}

/**
 * Turns a decrypted, validated callback into the bot's event and the place replies go.
 * The self-built app only receives what members send it directly, so every conversation is the
 * member's one-to-one chat with the app. Returns null for messages we do not act on.
 */
export function toInboundEvent(inbound: WecomInbound, corpId: string): NormalizedWecomEvent | null {
  if (inbound.kind === "other") return null;
  const userId = inbound.xml.FromUserName;
  const base = {
    channel: WECOM_PLATFORM,
    user: { platformUserId: userId, tenantId: corpId },
    conversation: { id: userId, kind: "direct" as const },
  };
  const target: DeliveryTarget = { conversationId: userId, kind: "direct", platformUserId: userId, tenantId: corpId };
  if (inbound.kind === "text") {
    // WeCom retries an unanswered callback with the same MsgId.
    return { event: { ...base, type: "message", eventId: `msg:${inbound.xml.MsgId}`, text: inbound.xml.Content }, target };
  }
  const { EventKey, TaskId, ResponseCode, CreateTime } = inbound.xml;
  const action = decodeButtonKey(EventKey);
  if (!action) return null;
  // Events carry no MsgId: the sender and its creation second identify a delivery, plus what was pressed.
  // The key is hashed so the id stays short whatever the key's length.
  const keyHash = createHash("sha1").update(EventKey).digest("hex").slice(0, 16);
  const eventId = `evt:${userId}:${CreateTime}:${TaskId}:${keyHash}`;
  const replyContext: WecomReplyContext | undefined = ResponseCode ? { responseCode: ResponseCode, taskId: TaskId } : undefined;
  return {
    event: { ...base, type: "card.action", eventId, actionId: action.actionId, value: action.value },
    target: replyContext ? { ...target, replyContext } : target,
  };
}
