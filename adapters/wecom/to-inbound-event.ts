import { createHash } from "node:crypto";
import type { DeliveryTarget } from "../../bot/delivery/channel-sender.js";
import type { InboundEvent } from "../../bot/types.js";
import { decodeButtonKey } from "./render-wecom-template-card.js";
import type { PendingFileEvent } from "../inbound-file.js";
import type { WecomCustomer } from "./wecom-customer-lookup.js";
import type { ExternalChatXml, ExternalContactXml, FileMessageXml, WecomInbound } from "./wecom-xml.js";

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
export function toInboundEvent(inbound: WecomInbound, corpId: string, lookedUp: LookedUp = {}): NormalizedWecomEvent | null {
  if (inbound.kind === "other") return null;
  if (inbound.kind === "contact") return toCustomerSignal(inbound.xml, corpId, lookedUp.customer ?? null);
  if (inbound.kind === "group") return lookedUp.groupOwner ? toGroupLeave(inbound.xml, corpId, lookedUp.groupOwner) : null;
  // A file is fetched before its event is recorded: see fileMessageToEvent.
  if (inbound.kind === "file") return null;
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

const SIGNALS: Record<string, "contact-added" | "contact-deleted" | "rep-removed"> = {
  add_external_contact: "contact-added",
  del_external_contact: "contact-deleted",
  del_follow_user: "rep-removed",
};

/** What the callback route asked WeCom before recording an event: a new customer's details, a group's owner. */
export interface LookedUp {
  customer?: WecomCustomer | null;
  groupOwner?: string | null;
}

/** Customers' ids in a group's member list (members of our corp have plain user ids). */
export const isCustomerId = (id: string) => /^w[mo][\w-]{6,}$/u.test(id);

/**
 * A customer leaving a customer group (客户群 update, del_member): a "left the group" signal about the
 * first customer in the change list, from the group's owner (the rep whose customer it is), who
 * WeCom's event does not name: the route looks them up first. A group with no customer leaving is none.
 */
function toGroupLeave(xml: ExternalChatXml, corpId: string, owner: string): NormalizedWecomEvent | null {
  const leaver = xml.MemChangeList.find(isCustomerId);
  // QuitScene 1: removed by the group's owner or an admin — our side's doing, not the customer drifting away.
  if (xml.ChangeType !== "update" || xml.UpdateDetail !== "del_member" || xml.QuitScene === "1" || !leaver) return null;
  return signalEvent(
    corpId,
    owner,
    { eventId: `extchat:${xml.ChatId}:${leaver}:${xml.CreateTime}`, signal: "left-group", externalUserId: leaver },
    xml.CreateTime,
  );
}

/**
 * 客户联系 events, sent by WeCom (FromUserName "sys") about a member (UserID) and a customer: the
 * member is the event's user, and replies (a new lead) go to the member's chat with the app. A new
 * customer's name, company and title come along when the route could look them up.
 */
function toCustomerSignal(xml: ExternalContactXml, corpId: string, customer: WecomCustomer | null): NormalizedWecomEvent | null {
  const signal = SIGNALS[xml.ChangeType];
  if (!signal) return null;
  return signalEvent(
    corpId,
    xml.UserID,
    {
      // No MsgId: the member, the customer, what changed and its second identify a delivery.
      eventId: `extc:${xml.UserID}:${xml.ExternalUserID}:${xml.ChangeType}:${xml.CreateTime}`,
      signal,
      externalUserId: xml.ExternalUserID,
      ...(customer && signal === "contact-added" ? { customer } : {}),
    },
    xml.CreateTime,
  );
}

type SignalFields = Pick<Extract<InboundEvent, { type: "customer.signal" }>, "signal" | "externalUserId" | "customer"> & { eventId: string };

/** A customer signal about one of our members (the event's user), answered in the member's chat with the app. */
function signalEvent(corpId: string, userId: string, fields: SignalFields, createTime: string): NormalizedWecomEvent {
  return {
    event: {
      type: "customer.signal",
      channel: WECOM_PLATFORM,
      user: { platformUserId: userId, tenantId: corpId },
      conversation: { id: userId, kind: "direct" },
      occurredAt: new Date(Number(createTime) * 1000).toISOString(),
      ...fields,
    },
    target: { conversationId: userId, kind: "direct", platformUserId: userId, tenantId: corpId },
  };
}

/** A file a member sent the app, waiting for its bytes (the route fetches them with media/get). MsgId dedupes retries. */
export function fileMessageToEvent(xml: FileMessageXml, corpId: string): PendingFileEvent {
  const userId = xml.FromUserName;
  return {
    event: {
      type: "file",
      channel: WECOM_PLATFORM,
      eventId: `msg:${xml.MsgId}`,
      user: { platformUserId: userId, tenantId: corpId },
      conversation: { id: userId, kind: "direct" },
    },
    target: { conversationId: userId, kind: "direct", platformUserId: userId, tenantId: corpId },
  };
}
