import { z } from "zod";

/**
 * The robot message DingTalk delivers to the HTTP callback and on the Stream topic
 * /v1.0/im/bot/messages/get (same JSON). Unknown fields are allowed: DingTalk adds them.
 */
export const robotMessageSchema = z.looseObject({
  msgId: z.string().min(1).max(200),
  msgtype: z.string().min(1).max(50),
  text: z.looseObject({ content: z.string().max(100_000) }).optional(),
  /** Voice messages carry DingTalk's transcription; file messages the file's name and its downloadCode. */
  content: z
    .looseObject({
      recognition: z.string().max(100_000).optional(),
      downloadCode: z.string().min(1).max(4000).optional(),
      fileName: z.string().trim().min(1).max(255).optional(),
    })
    .optional(),
  conversationId: z.string().min(1).max(500),
  /** "1" one-to-one, "2" group. */
  conversationType: z.enum(["1", "2"]),
  conversationTitle: z.string().max(500).optional(),
  senderId: z.string().min(1).max(500),
  senderStaffId: z.string().max(200).optional(),
  senderNick: z.string().max(200).optional(),
  senderCorpId: z.string().max(200).optional(),
  chatbotCorpId: z.string().max(200).optional(),
  chatbotUserId: z.string().max(500).optional(),
  robotCode: z.string().max(200).optional(),
  sessionWebhook: z.url().optional(),
  /** Milliseconds since the epoch. */
  sessionWebhookExpiredTime: z.number().int().positive().optional(),
  isInAtList: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
  createAt: z.number().optional(),
  atUsers: z.array(z.looseObject({ dingtalkId: z.string().optional(), staffId: z.string().optional() })).optional(),
});

export type RobotMessage = z.infer<typeof robotMessageSchema>;

/** The content of a card button callback (cardPrivateData.actionIds = the ids of the pressed buttons). */
export const cardCallbackContentSchema = z.looseObject({
  cardPrivateData: z.looseObject({
    actionIds: z.array(z.string().max(2000)).min(1),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
});

/**
 * A button press on an interactive card we sent, delivered to the card callback URL or on the
 * Stream topic /v1.0/card/instances/callback. `outTrackId` is the card id we chose (cardBizId).
 */
export const cardCallbackSchema = z.looseObject({
  outTrackId: z.string().min(1).max(500),
  userId: z.string().min(1).max(200),
  corpId: z.string().max(200).optional(),
  /** The group's openConversationId when the card is in a group. */
  spaceId: z.string().max(500).optional(),
  spaceType: z.string().max(50).optional(),
  type: z.string().max(50).optional(),
  /** A JSON string in DingTalk's payload; parsed with cardCallbackContentSchema. */
  content: z.string().max(100_000),
});

export type CardCallback = z.infer<typeof cardCallbackSchema>;
