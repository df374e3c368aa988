import { z } from "zod";

/**
 * What the DingTalk sender needs to answer an inbound event; stored with the outbox row
 * (DeliveryTarget.replyContext), so it is parsed again, never trusted as typed.
 */
export const dingTalkReplyContextSchema = z.object({
  sessionWebhook: z.url().optional(),
  /** ms since the epoch; after it the OpenAPI is used instead. */
  sessionWebhookExpiresAt: z.number().optional(),
  robotCode: z.string().optional(),
  conversationType: z.enum(["1", "2"]).optional(),
  /** The group's openConversationId (groupMessages/send). */
  openConversationId: z.string().optional(),
  senderStaffId: z.string().optional(),
  /** The interactive card whose button was pressed (updated in place by an updatesSource reply). */
  cardBizId: z.string().optional(),
});

export type DingTalkReplyContext = z.infer<typeof dingTalkReplyContextSchema>;

export function readReplyContext(value: unknown): DingTalkReplyContext {
  const parsed = dingTalkReplyContextSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
