import { z } from "zod";

/** What the sender needs to answer an event (stored with each outbox row as DeliveryTarget.replyContext). */
export const replyContextSchema = z.object({
  channel: z.string().optional(),
  /** The message whose button was pressed: chat.update replaces it. */
  messageTs: z.string().optional(),
  /** Answer in the thread the user wrote in. */
  threadTs: z.string().optional(),
  /** Slash commands and ephemeral cards: answer here (valid 30 minutes, 5 uses). */
  responseUrl: z.string().optional(),
  /** Slash commands in a channel answer through response_url, so the bot need not be a member. */
  viaResponseUrl: z.boolean().optional(),
  /** Cards for this event go to the user's App Home tab (views.publish). */
  surface: z.literal("home").optional(),
});

export type SlackReplyContext = z.infer<typeof replyContextSchema>;

export function readReplyContext(value: unknown): SlackReplyContext {
  const parsed = replyContextSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** messageRef of a posted message (stored in CardPost so later changes update it). */
export const messageRefSchema = z.object({ channel: z.string().min(1), ts: z.string().min(1) });

export function messageRef(channel: string, ts: string): string {
  return JSON.stringify({ channel, ts });
}
