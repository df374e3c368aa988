import { z } from "zod";

/**
 * What the smart bot's long connection delivers (智能机器人 接收消息/接收事件): a message callback
 * (`aibot_msg_callback`) or an event callback (`aibot_event_callback`). Only the fields the bot
 * reads are checked; unknown ones are allowed (the platform adds fields over time).
 */
const common = {
  msgid: z.string().min(1).max(256),
  aibotid: z.string().max(128).optional(),
  /** Only in group chats. */
  chatid: z.string().min(1).max(256).optional(),
  chattype: z.enum(["single", "group"]).optional(),
  from: z.object({ userid: z.string().trim().min(1).max(200), corpid: z.string().max(64).optional() }),
};

export const botTextMessageSchema = z.object({
  ...common,
  msgtype: z.literal("text"),
  text: z.object({ content: z.string().max(100_000) }),
});

/** A voice message arrives already transcribed. */
export const botVoiceMessageSchema = z.object({
  ...common,
  msgtype: z.literal("voice"),
  voice: z.object({ content: z.string().max(100_000) }),
});

export const botCardEventSchema = z.object({
  ...common,
  create_time: z.number().int().optional(),
  msgtype: z.literal("event"),
  event: z.object({
    eventtype: z.literal("template_card_event"),
    template_card_event: z
      .object({ event_key: z.string().min(1).max(1024), task_id: z.string().min(1).max(128) })
      .partial()
      .optional(),
    // The SDK's typings put the key and task on the event itself; accept both places.
    event_key: z.string().min(1).max(1024).optional(),
    task_id: z.string().min(1).max(128).optional(),
  }),
});

export type BotTextMessage = z.infer<typeof botTextMessageSchema>;
export type BotVoiceMessage = z.infer<typeof botVoiceMessageSchema>;
export type BotCardEvent = z.infer<typeof botCardEventSchema>;
