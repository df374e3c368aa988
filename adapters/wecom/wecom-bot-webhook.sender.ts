import { z } from "zod";
import { type ChannelCapabilities, type ChannelSender, DeliveryError, type DeliveryTarget, type SentMessage } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";
import { buttonsOf } from "../../cards/model.js";
import type { CallbackSignatureLedger } from "../../domain/delivery/callback-signature-ledger.js";
import type { ReplyStreamPart, ReplyStreams } from "../../domain/delivery/reply-streams.js";
import type { Clock } from "../../domain/shared/clock.js";
import { mapHttpStatus, mapWecomErrcode } from "./map-wecom-error.js";
import { renderWecomMarkdown } from "./render-wecom-markdown.js";
import { renderWecomCard } from "./render-wecom-template-card.js";
import type { StreamPartContent } from "./wecom-bot-stream-answer.js";
import type { WecomBotWebhookClicks } from "./wecom-bot-webhook-clicks.js";
import { WECOM_BOT_PLATFORM } from "./wecom-bot-to-event.js";
import { newTaskId } from "./wecom-bot.sender.js";

/** A response_url works once, for an hour. */
const RESPONSE_URL_VALID_MS = 3_600_000;
/** A button-less card is markdown here, so the text_notice card's required link is never used. */
const UNUSED_CARD_URL = "https://work.weixin.qq.com/";
/** Errcodes of aibot/response worth another try: busy, rate limits. Anything else (a spent or unknown URL) is final. */
const RETRY_ERRCODES = new Set([-1, 45009, 45033]);

/** Shown instead of an answer meant for one member of a group, which this mode cannot deliver privately. */
const PRIVATE_NOTE =
  "🔒 这条回复只给提问的人看，本模式无法私信：请在与我的单聊里再问一次 · This answer is for the asker only and cannot be sent privately here: ask me again in a direct chat";

/** What the webhook callback stored with the event (DeliveryTarget.replyContext). */
const contextSchema = z.union([
  z.object({ streamId: z.string().min(1), responseUrl: z.string().optional() }),
  z.object({ clickId: z.string().min(1), taskId: z.string().min(1).optional(), responseUrl: z.string().optional() }),
]);
export type WebhookReplyContext = z.infer<typeof contextSchema>;

/** The stream a click's answers are gathered in (closed from the start: WeCom fetches nothing for a click). */
export function clickStreamId(clickId: string): string {
  return `click:${clickId}`;
}

export type PostJson = (url: string, body: unknown) => Promise<{ status: number; json: unknown; retryAfter: string | null }>;

const postJson: PostJson = async (url, body) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: judged by the status below.
  }
  return { status: res.status, json, retryAfter: res.headers.get("retry-after") };
};

/**
 * Replies of the smart bot in webhook mode, which can only answer. Every reply is a part of the
 * event's answer, kept in a ReplyStream: a message's parts are what WeCom's polls of the stream
 * show; a click's new card state is the passive reply to the click (the request waits for it).
 * What WeCom was not shown — a click's other replies, a message's answer that came after the stream
 * was given up — goes once the answer is whole, as one message to the callback's response_url
 * (which takes one). WeCom offers no way to post unasked in this mode: digests, alerts and direct
 * messages are refused as unsupported; an answer meant for one member of a group becomes a note.
 */
export class WecomBotWebhookSender implements ChannelSender {
  readonly platform = WECOM_BOT_PLATFORM;
  readonly capabilities: ChannelCapabilities = { updateInPlace: false, privateReplies: false };

  constructor(
    private readonly deps: {
      streams: ReplyStreams;
      clicks: WecomBotWebhookClicks;
      /** Spends each response_url once, across instances. */
      ledger: CallbackSignatureLedger;
      clock: Clock;
      apiBase: string;
      post?: PostJson;
    },
  ) {}

  async send(target: DeliveryTarget, reply: Reply): Promise<SentMessage> {
    const parsed = contextSchema.safeParse(target.replyContext);
    if (!parsed.success)
      throw new DeliveryError(
        "UNSUPPORTED",
        "wecom-bot webhook mode can only answer a message or a click (set WECOM_BOT_ID/SECRET for the long connection to post unasked)",
      );
    const context = parsed.data;
    const privateInGroup = reply.visibility === "private" && target.kind === "group";
    const part = target.answerPart ?? { index: 0, of: 1 };
    if ("clickId" in context) {
      let content: StreamPartContent = privateInGroup ? { markdown: PRIVATE_NOTE } : streamPart(reply);
      let updated = false;
      if (!privateInGroup && context.taskId && reply.updatesSource && reply.card && buttonsOf(reply.card).length > 0) {
        const rendered = renderWecomCard(reply.card, { taskId: context.taskId, cardUrl: UNUSED_CARD_URL, allowMarkdown: false });
        updated = rendered.msgtype === "template_card" && this.deps.clicks.answer(context.clickId, rendered.template_card);
        // The pressed card shows the new state; only the words with it are left to send.
        if (updated) content = { markdown: joined(reply.text ?? "", fileNote(reply)) };
      }
      if (!updated) this.deps.clicks.answer(context.clickId, null);
      await this.addPart(clickStreamId(context.clickId), context.responseUrl, part, content);
      return updated && context.taskId ? { messageRef: JSON.stringify({ taskId: context.taskId }) } : {};
    }
    await this.addPart(context.streamId, context.responseUrl, part, privateInGroup ? { markdown: PRIVATE_NOTE } : streamPart(reply));
    return {};
  }

  /** Sends a closed stream's late parts as one message (called by the poll that closed it, when they were all in). */
  async answerLate(streamId: string, responseUrl: string | null, late: ReplyStreamPart[]): Promise<void> {
    try {
      await this.answerOnce(
        responseUrl ?? undefined,
        late.map((p) => JSON.parse(p.content) as StreamPartContent),
      );
    } catch (error) {
      if (error instanceof DeliveryError && error.retryable) await this.deps.streams.release(streamId, late);
      throw error;
    }
  }

  /** Markdown past a stream's size limit, sent once the stream is finished (best effort: the caller logs a failure). */
  async answerOverflow(responseUrl: string | null, markdown: string): Promise<void> {
    await this.answerOnce(responseUrl ?? undefined, [{ markdown }]);
  }

  private async addPart(streamId: string, responseUrl: string | undefined, part: { index: number; of: number }, content: StreamPartContent): Promise<void> {
    const outcome = await this.deps.streams.add(streamId, { part: part.index, of: part.of, content: JSON.stringify(content) });
    // The stream expired (an hour): only the response_url is left, and it expired with it.
    if (outcome === "unknown") return this.answerOnce(responseUrl, [content]);
    if (outcome.late) await this.answerLate(streamId, responseUrl ?? null, outcome.late);
  }

  /** Posts one message to a callback's response_url, which takes one answer within the hour. */
  private async answerOnce(responseUrl: string | undefined, contents: StreamPartContent[]): Promise<void> {
    const body = activeAnswer(contents);
    if (!body) return;
    if (!responseUrl) throw new DeliveryError("UNSUPPORTED", "wecom-bot webhook: this answer has no response_url to go to");
    if (!responseUrl.startsWith(`${this.deps.apiBase}/`))
      throw new DeliveryError("TARGET_NOT_FOUND", "wecom-bot webhook: response_url is not on the WeCom API host");
    const validUntil = new Date(this.deps.clock.now().getTime() + RESPONSE_URL_VALID_MS);
    if ((await this.deps.ledger.use("wecom-bot-response-url", [responseUrl], "answer", validUntil)) !== "first") {
      throw new DeliveryError("UNSUPPORTED", "wecom-bot webhook: the response_url was already used for an earlier answer");
    }
    try {
      const res = await (this.deps.post ?? postJson)(responseUrl, body);
      const answer = res.json as { errcode?: unknown; errmsg?: unknown } | null;
      if (res.status !== 200 || !answer) throw mapHttpStatus(res.status, "aibot/response", res.retryAfter);
      if (typeof answer.errcode === "number" && answer.errcode !== 0) {
        const mapped = mapWecomErrcode(answer.errcode, String(answer.errmsg ?? ""), "aibot/response");
        // A spent, expired or unknown URL (40001…) will not take the answer on any later try.
        throw RETRY_ERRCODES.has(answer.errcode) ? mapped : new DeliveryError("PAYLOAD_REJECTED", mapped.message);
      }
    } catch (error) {
      const delivery = error instanceof DeliveryError ? error : new DeliveryError("TEMPORARY", `aibot/response: ${String(error)}`);
      // Not answered: the URL is still good for the retry.
      if (delivery.retryable) await this.deps.ledger.forget("wecom-bot-response-url", [responseUrl]);
      throw delivery;
    }
  }
}

/** A reply as one part of a stream: markdown, and its card when the card has buttons. */
export function streamPart(reply: Reply): StreamPartContent {
  const markdown = joined(reply.text ?? "", fileNote(reply));
  if (!reply.card) return { markdown };
  if (buttonsOf(reply.card).length === 0)
    return { markdown: joined(markdown, renderWecomMarkdown(reply.card, Number.POSITIVE_INFINITY, { buttonHint: false })) };
  const rendered = renderWecomCard(reply.card, { taskId: newTaskId(), cardUrl: UNUSED_CARD_URL, allowMarkdown: false });
  const cardMarkdown = renderWecomMarkdown(reply.card, Number.POSITIVE_INFINITY);
  return rendered.msgtype === "template_card" ? { markdown, card: rendered.template_card, cardMarkdown } : { markdown: joined(markdown, cardMarkdown) };
}

/**
 * The one message a response_url takes for several parts: the card when the answer is only one
 * card with buttons, else everything as markdown; null when there is nothing to say.
 */
function activeAnswer(contents: StreamPartContent[]): unknown {
  const said = contents.filter((c) => c.markdown || c.card);
  if (said.length === 0) return null;
  const only = said[0]!;
  if (said.length === 1 && only.card && !only.markdown) return { msgtype: "template_card", template_card: only.card };
  const content = joined(...said.map((c) => joined(c.markdown, c.card ? (c.cardMarkdown ?? "") : "")));
  return { msgtype: "markdown", markdown: { content } };
}

/** Neither a stream nor a response_url carries files: the member is told where to get it instead of missing it. */
function fileNote(reply: Pick<Reply, "attachment">): string {
  if (!reply.attachment) return "";
  return `📎 ${reply.attachment.fileName}：此模式无法发送文件，请在企业微信自建应用或长连接模式的机器人里再要一次 · files cannot be sent in this mode: ask the WeCom app or the bot on a long connection`;
}

function joined(...parts: string[]): string {
  return parts.filter(Boolean).join("\n\n");
}
