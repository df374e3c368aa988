import { z } from "zod";

/**
 * What the smart bot delivers, the same JSON over the long connection and (decrypted) to the webhook (智能机器人 接收消息/接收事件): a message callback
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
  /** Webhook mode: where one active answer may be posted, within an hour. */
  response_url: z.string().url().max(2048).optional(),
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

/** Text and pictures in one message: the text parts are read. */
export const botMixedMessageSchema = z.object({
  ...common,
  msgtype: z.literal("mixed"),
  mixed: z.object({
    msg_item: z.array(z.object({ msgtype: z.string().max(32), text: z.object({ content: z.string().max(100_000) }).optional() })).max(50),
  }),
});

/**
 * A file: `url` (valid five minutes) serves it AES-256-CBC encrypted — with `aeskey` over the long
 * connection (one key per link), with the bot's EncodingAESKey in webhook mode. The name comes
 * with the download (Content-Disposition).
 */
export const botFileMessageSchema = z.object({
  ...common,
  msgtype: z.literal("file"),
  file: z.object({ url: z.string().url().max(4096), aeskey: z.string().min(1).max(256).optional() }),
});

/** Webhook mode: WeCom asking for more of a stream the bot started (流式消息刷新). */
export const botStreamRefreshSchema = z.object({
  msgid: z.string().max(256).optional(),
  msgtype: z.literal("stream"),
  stream: z.object({ id: z.string().min(1).max(128) }),
});

export type BotTextMessage = z.infer<typeof botTextMessageSchema>;
export type BotVoiceMessage = z.infer<typeof botVoiceMessageSchema>;
export type BotCardEvent = z.infer<typeof botCardEventSchema>;
export type BotMixedMessage = z.infer<typeof botMixedMessageSchema>;
export type BotFileMessage = z.infer<typeof botFileMessageSchema>;
