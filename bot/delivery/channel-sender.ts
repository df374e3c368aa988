import type { ChatAddress } from "../../domain/outbox/notifier.js";
import type { OutboxTarget } from "../../domain/outbox/outbox.js";
import type { Reply } from "../types.js";

/**
 * What a channel can do that the outbox must know, instead of switching on the platform name.
 * Only what is read: how a channel shows buttons or private replies is its renderer's business.
 */
export interface ChannelCapabilities {
  /** A card already posted can be replaced (Slack chat.update, WeCom update_template_card, DingTalk card update). */
  updateInPlace: boolean;
  /**
   * Group chats whose members cannot press a card's buttons (a WeCom group robot, WeChat): a RegExp
   * source matched against the conversation id ("^" for every group). Absent: buttons work in groups.
   */
  buttonlessGroups?: string;
  /**
   * Group chats the bot cannot hear but can post to, named by an address a member can copy (a WeCom
   * group robot's webhook URL, an app chat's id): `pattern` (a RegExp source with one capture group)
   * and the conversation id it stands for (`id`, with $1), so `channel digest <address>` registers
   * them; `secret` ids (a webhook key) are shown masked.
   */
  chatAddresses?: ChatAddress[];
  /** False when a private reply to one member of a group cannot be delivered (no direct message, no ephemeral). */
  privateReplies?: false;
}

/** Where a message goes (stored with each outbox row; see OutboxTarget). */
export type DeliveryTarget = OutboxTarget;

export interface SentMessage {
  /** Adapter-defined handle for updating the message later (stored in CardPost). */
  messageRef?: string;
}

/** One per platform: delivers normalized replies. Holds no CRM rule. */
export interface ChannelSender {
  readonly platform: string;
  readonly capabilities: ChannelCapabilities;
  send(target: DeliveryTarget, reply: Reply): Promise<SentMessage>;
  /** Replaces an earlier message (see SentMessage.messageRef). Only when capabilities.updateInPlace. */
  update?(target: DeliveryTarget, messageRef: string, reply: Reply): Promise<void>;
}

export type DeliveryErrorCode = "RATE_LIMITED" | "TEMPORARY" | "AUTH_INVALID" | "TOKEN_EXPIRED" | "TARGET_NOT_FOUND" | "PAYLOAD_REJECTED" | "UNSUPPORTED";

/** Adapters map vendor errors to this closed set; the outbox decides retry or give up from the code. */
export class DeliveryError extends Error {
  constructor(
    readonly code: DeliveryErrorCode,
    message: string,
    /** For RATE_LIMITED: the platform's Retry-After. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }

  get retryable(): boolean {
    return this.code === "RATE_LIMITED" || this.code === "TEMPORARY" || this.code === "TOKEN_EXPIRED";
  }
}
