import type { EChartsOption as ChartOption } from "echarts";
import { z } from "zod";
import type { Card } from "../cards/model.js";

import type { Locale } from "../domain/shared/locale.js";

export type { Locale };

const userSchema = z.object({
  platformUserId: z.string().trim().min(1).max(200),
  displayName: z.string().max(200).optional(),
  /** Slack team / WeCom corp / DingTalk corp, so ids from two workspaces never collide. */
  tenantId: z.string().max(200).optional(),
  timezone: z.string().max(100).optional(),
  locale: z.enum(["zh", "en"]).optional(),
});

const conversationSchema = z.object({
  id: z.string().min(1).max(500),
  kind: z.enum(["direct", "group"]),
});

const common = {
  /** Platform delivery id; a second delivery with the same id is ignored. */
  eventId: z.string().min(1).max(500).optional(),
  /** The platform the event came from: slack, wecom, dingtalk, wechaty, local. */
  channel: z.string().min(1).max(50),
  user: userSchema,
  conversation: conversationSchema,
};

/** A text a person sent. Text length is checked by the bot so it can answer kindly. */
export const inboundMessageSchema = z.object({ type: z.literal("message"), ...common, text: z.string().max(100_000) });

/** A button pressed on one of our cards. */
export const inboundActionSchema = z.object({
  type: z.literal("card.action"),
  ...common,
  actionId: z.string().min(1).max(255),
  value: z.string().max(2000),
});

/** A form filled in (a Slack modal, say): `formId` names a form of bot/forms, values are keyed by input id. */
export const inboundSubmitSchema = z.object({
  type: z.literal("card.submit"),
  ...common,
  formId: z.string().min(1).max(100),
  values: z.record(z.string().max(100), z.string().max(4000)),
});

/**
 * A file a person sent (a spreadsheet to import). The adapter has stored its bytes in the files
 * store first; `storedName` is the name there, `fileName` the name the person gave it.
 */
export const inboundFileSchema = z.object({
  type: z.literal("file"),
  ...common,
  fileName: z.string().trim().min(1).max(255),
  /** Absent when the adapter could not fetch the file (`problem` says why): the person is told. */
  storedName: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/u)
    .optional(),
  problem: z.enum(["too-large", "not-fetched"]).optional(),
});

/**
 * A platform told us about a customer relationship of the sending rep (WeCom 客户联系): a customer
 * added them, deleted them, was removed by them, or left the customer group.
 */
export const inboundSignalSchema = z.object({
  type: z.literal("customer.signal"),
  ...common,
  signal: z.enum(["contact-added", "contact-deleted", "rep-removed", "left-group"]),
  externalUserId: z.string().trim().min(1).max(200),
  occurredAt: z.iso.datetime(),
  /** What the platform says about a new customer (WeCom externalcontact/get), when it could be asked in time. */
  customer: z
    .object({
      name: z.string().trim().min(1).max(100).optional(),
      companyName: z.string().trim().min(1).max(200).optional(),
      title: z.string().trim().min(1).max(100).optional(),
    })
    .optional(),
});

export const inboundEventSchema = z.discriminatedUnion("type", [
  inboundMessageSchema,
  inboundActionSchema,
  inboundSubmitSchema,
  inboundFileSchema,
  inboundSignalSchema,
]);

export type InboundMessage = z.infer<typeof inboundMessageSchema>;
export type InboundAction = z.infer<typeof inboundActionSchema>;
export type InboundSubmit = z.infer<typeof inboundSubmitSchema>;
export type InboundFile = z.infer<typeof inboundFileSchema>;
export type InboundSignal = z.infer<typeof inboundSignalSchema>;
export type InboundEvent = z.infer<typeof inboundEventSchema>;

export interface Reply {
  text?: string;
  card?: Card;
  /**
   * This reply is the new state of the card whose button was pressed: channels that can edit
   * replace that message (Slack chat.update, WeCom update_template_card); others post it.
   */
  updatesSource?: boolean;
  /** Only the person who sent the event should see it (e.g. a refused approval click in a group). */
  visibility?: "private";
  /**
   * A file to send with the message (e.g. the approved quote's PDF). `path` is where the file
   * is stored on this server (see bot/documents/file-store.ts); channels upload or link it.
   */
  attachment?: { fileName: string; mimeType: string; path: string };
  /**
   * A chart drawn when the message is delivered (the outbox worker renders it to a PNG attachment),
   * so a job that queues charts for many chats does not draw them inside its own run.
   */
  chart?: { name: string; option: ChartOption };
  /**
   * Replies of one batch waiting for the same chat may be delivered as one message (a burst of
   * alerts to a team chat stays one post, under a robot's 20-a-minute cap). `title` heads it.
   */
  batch?: { key: string; title: string };
  /**
   * Remember where this card is posted (CardPost), so a later change of the record updates it in
   * place (an import's progress card).
   */
  cardFor?: { entityType: string; entityId: string };
}

export interface BotResponse {
  replies: Reply[];
  /** True when the event id was seen before and nothing was done. */
  duplicate?: boolean;
  /** Set when the sender is over the rate limit: nothing was recorded, try again after retryAfterMs. */
  rateLimited?: { retryAfterMs: number };
}
