import { createHash, randomBytes } from "node:crypto";
import type Router from "@koa/router";
import type { Context } from "koa";
import { z } from "zod";
import type { Inbox } from "../../bot/inbox.js";
import type { ReplyStreams } from "../../domain/delivery/reply-streams.js";
import type { Clock } from "../../domain/shared/clock.js";
import type { RouteInstaller } from "../channel-adapter.js";
import { readRawBody } from "../read-raw-body.js";
import { callbackGuard, verifyQuery, signedQuery } from "./wecom-callback-guard.js";
import { encryptMessage, wecomSignature } from "./wecom-crypto.js";
import { type InboundFileStore, receiveFileEvent } from "../inbound-file.js";
import type { OutboundAllowList } from "../outbound-allow-list.js";
import { fetchBotFile, fileKeyOf } from "./wecom-bot-file.js";
import {
  botCardEventSchema,
  botFileMessageSchema,
  botMixedMessageSchema,
  botStreamRefreshSchema,
  botTextMessageSchema,
  botVoiceMessageSchema,
} from "./wecom-bot-frame.schema.js";
import { STREAM_GIVE_UP_MS, streamAnswer } from "./wecom-bot-stream-answer.js";
import { botCardEventToEvent, botFileToEvent, botMessageToEvent, WECOM_BOT_PLATFORM } from "./wecom-bot-to-event.js";
import type { WecomBotWebhookClicks } from "./wecom-bot-webhook-clicks.js";
import { clickStreamId, type WebhookReplyContext, type WecomBotWebhookSender } from "./wecom-bot-webhook.sender.js";
import type { WecomBotWebhookConfig } from "./wecom-bot.config.js";

export const WECOM_BOT_CALLBACK_PATH = "/wecom/bot/callback";

/** A stream lives as long as its response_url (an hour). */
const STREAM_TTL_MS = 3_600_000;

const envelopeSchema = z.object({ encrypt: z.string().min(1).max(1_000_000) });

export interface WecomBotWebhookDeps {
  config: Pick<WecomBotWebhookConfig, "token" | "encodingAesKey" | "tenantId">;
  inbox: Pick<Inbox, "receive" | "isRecorded">;
  clock: Clock;
  streams: ReplyStreams;
  /** Files people send the bot go here (from the allowed hosts only); without it they are answered with nothing. */
  files?: { store: InboundFileStore; allowList: OutboundAllowList };
  clicks: WecomBotWebhookClicks;
  sender: Pick<WecomBotWebhookSender, "answerLate" | "answerOverflow">;
  logger: { warn(message: string, detail?: unknown): void };
}

/**
 * The smart bot's webhook (API mode "URL 回调"): GET is the URL check, POST an encrypted JSON
 * callback (receive id empty). A message is recorded in the inbox and answered at once with the
 * start of a stream, which WeCom then polls (msgtype "stream") for the bot's replies as they are
 * delivered; a card click is recorded and answered with the updated card when the bot has it within
 * WeCom's 5 seconds. Refusals: 400 unreadable, 401 not verified, nothing recorded.
 */
export function wecomBotWebhookRoutes(deps: WecomBotWebhookDeps): RouteInstaller {
  const secrets = { token: deps.config.token, encodingAesKey: deps.config.encodingAesKey, corpId: "" };

  const { refuse, checkedQuery, open } = callbackGuard({ name: "wecom-bot", secrets, clock: deps.clock, logger: deps.logger });

  /** A passive reply: the JSON encrypted and signed as WeCom expects. */
  const answer = (ctx: Context, body: unknown) => {
    const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
    const nonce = randomBytes(8).toString("hex");
    const encrypt = encryptMessage(secrets.encodingAesKey, JSON.stringify(body), "");
    ctx.status = 200;
    ctx.type = "application/json";
    ctx.body = { encrypt, msgsignature: wecomSignature(secrets.token, timestamp, nonce, encrypt), timestamp, nonce };
  };
  const nothing = (ctx: Context) => {
    ctx.status = 200;
    ctx.type = "text/plain";
    ctx.body = "";
  };

  const onStreamPoll = async (ctx: Context, body: z.infer<typeof botStreamRefreshSchema>) => {
    const id = body.stream.id;
    const state = await deps.streams.read(id);
    const giveUp = !!state && !state.closed && !state.complete && deps.clock.now().getTime() - state.createdAt.getTime() > STREAM_GIVE_UP_MS;
    if (giveUp && state) {
      // Closed after exactly what this poll shows: whatever comes later goes to the response_url together.
      const late = await deps.streams.close(id, state.parts.length);
      if (late)
        void deps.sender.answerLate(id, state.responseUrl, late).catch((error) => deps.logger.warn("wecom-bot: a late answer was not sent", String(error)));
    }
    const { reply, overflow } = streamAnswer(id, state, giveUp);
    if (overflow && state) {
      void deps.sender
        .answerOverflow(state.responseUrl, overflow)
        .catch((error) => deps.logger.warn("wecom-bot: the rest of a long answer was not sent", String(error)));
    }
    answer(ctx, reply);
  };

  /** Opens the message's stream, records the event (with the stream as its reply context) and answers with the stream's start. */
  const streamed = async (
    ctx: Context,
    message: { msgid: string; response_url?: string | undefined },
    record: (replyContext: WebhookReplyContext) => Promise<unknown>,
  ) => {
    // The same id for a redelivery: WeCom's retry continues the stream the first delivery started.
    const streamId = `crm${createHash("sha256").update(message.msgid).digest("hex").slice(0, 40)}`;
    const responseUrl = message.response_url;
    await deps.streams.open(streamId, WECOM_BOT_PLATFORM, responseUrl ?? null, STREAM_TTL_MS);
    await record({ streamId, ...(responseUrl ? { responseUrl } : {}) });
    answer(ctx, { msgtype: "stream", stream: { id: streamId, finish: false, content: "" } });
  };

  const onMessage = async (ctx: Context, plain: Record<string, unknown>) => {
    const schema = plain.msgtype === "voice" ? botVoiceMessageSchema : plain.msgtype === "mixed" ? botMixedMessageSchema : botTextMessageSchema;
    const parsed = schema.safeParse(plain);
    if (!parsed.success) return refuse(ctx, 400, `unreadable ${String(plain.msgtype)} message`);
    const normalized = botMessageToEvent(parsed.data, deps.config.tenantId);
    if (!normalized) return nothing(ctx);
    await streamed(ctx, parsed.data, (replyContext) => deps.inbox.receive(normalized.event, { ...normalized.target, replyContext }));
  };

  /** A file: fetched (decrypted with the bot's EncodingAESKey) within WeCom's 5 s, then recorded like a message. */
  const onFile = async (ctx: Context, plain: Record<string, unknown>) => {
    const parsed = botFileMessageSchema.safeParse(plain);
    const files = deps.files;
    if (!parsed.success || !files) return nothing(ctx);
    const pending = botFileToEvent(parsed.data, deps.config.tenantId);
    const { url } = parsed.data.file;
    await streamed(ctx, parsed.data, (replyContext) =>
      receiveFileEvent(deps.inbox, files.store, { ...pending, target: { ...pending.target, replyContext } }, () =>
        fetchBotFile({ url, key: fileKeyOf(deps.config.encodingAesKey) }, { allowList: files.allowList, files: files.store }),
      ),
    );
  };

  const onClick = async (ctx: Context, plain: Record<string, unknown>) => {
    const parsed = botCardEventSchema.safeParse(plain);
    if (!parsed.success) return nothing(ctx);
    const normalized = botCardEventToEvent(parsed.data, "", deps.config.tenantId);
    if (!normalized) return nothing(ctx);
    const taskId = parsed.data.event.template_card_event?.task_id ?? parsed.data.event.task_id;
    const responseUrl = parsed.data.response_url;
    const clickId = normalized.event.eventId;
    const replyContext: WebhookReplyContext = { clickId, ...(taskId ? { taskId } : {}), ...(responseUrl ? { responseUrl } : {}) };
    // The click's answers are gathered here (WeCom fetches nothing for a click): what is not the
    // card update goes to the response_url together once the bot has answered.
    await deps.streams.open(clickStreamId(clickId), WECOM_BOT_PLATFORM, responseUrl ?? null, STREAM_TTL_MS, { closed: true });
    // Waiting before recording: the bot may answer before receive() returns.
    // A redelivery while the first delivery still waits gets nothing to wait for (and leaves it be).
    const twin = deps.clicks.isWaiting(clickId);
    const updated = twin ? Promise.resolve(null) : deps.clicks.wait(clickId);
    const outcome = await deps.inbox.receive(normalized.event, { ...normalized.target, replyContext });
    if (outcome === "duplicate" && !twin) deps.clicks.answer(clickId, null);
    const card = await updated;
    return card ? answer(ctx, { response_type: "update_template_card", template_card: card }) : nothing(ctx);
  };

  return (router: Router) => {
    router.get(WECOM_BOT_CALLBACK_PATH, (ctx) => {
      const query = checkedQuery(ctx, verifyQuery);
      ctx.type = "text/plain";
      ctx.body = open(ctx, query, query.echostr.replace(/ /g, "+"));
    });

    router.post(WECOM_BOT_CALLBACK_PATH, async (ctx) => {
      const query = checkedQuery(ctx, signedQuery);
      const raw = await readRawBody(ctx);
      let envelope: z.infer<typeof envelopeSchema>;
      try {
        envelope = envelopeSchema.parse(JSON.parse(raw));
      } catch {
        return refuse(ctx, 400, "body is not {encrypt}");
      }
      const plaintext = open(ctx, query, envelope.encrypt);
      let plain: Record<string, unknown>;
      try {
        plain = z.record(z.string(), z.unknown()).parse(JSON.parse(plaintext));
      } catch {
        return refuse(ctx, 400, "decrypted callback is not a JSON object");
      }
      if (plain.msgtype === "stream") {
        const poll = botStreamRefreshSchema.safeParse(plain);
        return poll.success ? onStreamPoll(ctx, poll.data) : refuse(ctx, 400, "unreadable stream refresh");
      }
      if (plain.msgtype === "event") {
        const eventType = (plain.event as { eventtype?: unknown } | undefined)?.eventtype;
        return eventType === "template_card_event" ? onClick(ctx, plain) : nothing(ctx);
      }
      if (plain.msgtype === "text" || plain.msgtype === "voice" || plain.msgtype === "mixed") return onMessage(ctx, plain);
      if (plain.msgtype === "file") return onFile(ctx, plain);
      // Pictures alone: nothing the bot acts on.
      return nothing(ctx);
    });
  };
}
