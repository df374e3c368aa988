import { z } from "zod";
import { type ChannelCapabilities, type ChannelSender, DeliveryError, type DeliveryTarget, type SentMessage } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";
import { buttonsOf, type Card } from "../../cards/model.js";
import type { CallbackSignatureLedger } from "../../domain/delivery/callback-signature-ledger.js";
import type { ReplyStreams } from "../../domain/delivery/reply-streams.js";
import type { Clock } from "../../domain/shared/clock.js";
import { mapHttpStatus, mapWecomErrcode } from "./map-wecom-error.js";
import { renderWecomMarkdown } from "./render-wecom-markdown.js";
import { renderWecomCard, type WecomTemplateCard } from "./render-wecom-template-card.js";
import type { StreamPartContent } from "./wecom-bot-stream-answer.js";
import type { WecomBotWebhookClicks } from "./wecom-bot-webhook-clicks.js";
import { WECOM_BOT_PLATFORM } from "./wecom-bot-to-event.js";
import { newTaskId } from "./wecom-bot.sender.js";

/** A response_url works once, for an hour. */
const RESPONSE_URL_VALID_MS = 3_600_000;
/** A button-less card is markdown here, so the text_notice card's required link is never used. */
const UNUSED_CARD_URL = "https://work.weixin.qq.com/";

/** What the webhook callback stored with the event (DeliveryTarget.replyContext). */
const contextSchema = z.union([
  z.object({ streamId: z.string().min(1), responseUrl: z.string().optional() }),
  z.object({ clickId: z.string().min(1), taskId: z.string().min(1).optional(), responseUrl: z.string().optional() }),
]);
export type WebhookReplyContext = z.infer<typeof contextSchema>;

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
 * Replies of the smart bot in webhook mode, which can only answer: a message's replies become parts
 * of the stream WeCom polls for (the callback started it), a click's new card state is the passive
 * reply to the click (the request waits for it), and what comes too late goes once to the
 * callback's response_url. WeCom offers no way to post unasked in this mode, so digests, alerts and
 * private answers in a group are refused as unsupported (the long connection can send them).
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
    if (reply.visibility === "private" && target.kind === "group") {
      throw new DeliveryError("UNSUPPORTED", "wecom-bot webhook mode cannot answer one member privately in a group");
    }
    if ("clickId" in context) {
      if (context.taskId && reply.updatesSource && reply.card && buttonsOf(reply.card).length > 0) {
        const rendered = renderWecomCard(reply.card, { taskId: context.taskId, cardUrl: UNUSED_CARD_URL, allowMarkdown: false });
        if (rendered.msgtype === "template_card" && this.deps.clicks.answer(context.clickId, rendered.template_card)) {
          if (reply.text) await this.answerOnce(context.responseUrl, { text: reply.text });
          return { messageRef: JSON.stringify({ taskId: context.taskId }) };
        }
      }
      this.deps.clicks.answer(context.clickId, null);
      return this.answerOnce(context.responseUrl, reply);
    }
    const part = target.answerPart ?? { index: 0, of: 1 };
    const outcome = await this.deps.streams.add(context.streamId, { part: part.index, of: part.of, content: JSON.stringify(streamPart(reply)) });
    if (outcome === "added") return {};
    return this.answerOnce(context.responseUrl, reply);
  }

  /** Posts one message to the callback's response_url, which takes one answer within the hour. */
  private async answerOnce(responseUrl: string | undefined, reply: Reply): Promise<SentMessage> {
    if (!responseUrl) throw new DeliveryError("UNSUPPORTED", "wecom-bot webhook: this answer has no response_url to go to");
    if (!responseUrl.startsWith(`${this.deps.apiBase}/`))
      throw new DeliveryError("TARGET_NOT_FOUND", "wecom-bot webhook: response_url is not on the WeCom API host");
    const validUntil = new Date(this.deps.clock.now().getTime() + RESPONSE_URL_VALID_MS);
    if ((await this.deps.ledger.use("wecom-bot-response-url", [responseUrl], "answer", validUntil)) !== "first") {
      throw new DeliveryError("UNSUPPORTED", "wecom-bot webhook: the response_url was already used for an earlier answer");
    }
    const { body, taskId } = activeAnswer(reply);
    try {
      const res = await (this.deps.post ?? postJson)(responseUrl, body);
      const answer = res.json as { errcode?: unknown; errmsg?: unknown } | null;
      if (res.status !== 200 || !answer) throw mapHttpStatus(res.status, "aibot/response", res.retryAfter);
      if (typeof answer.errcode === "number" && answer.errcode !== 0) throw mapWecomErrcode(answer.errcode, String(answer.errmsg ?? ""), "aibot/response");
    } catch (error) {
      const delivery = error instanceof DeliveryError ? error : new DeliveryError("TEMPORARY", `aibot/response: ${String(error)}`);
      // Not answered: the URL is still good for the retry.
      if (delivery.retryable) await this.deps.ledger.forget("wecom-bot-response-url", [responseUrl]);
      throw delivery;
    }
    return taskId ? { messageRef: JSON.stringify({ taskId }) } : {};
  }

  /** Markdown past a stream's limit, sent once the stream is finished (best effort: logged when it fails). */
  async answerLater(responseUrl: string | null, markdown: string): Promise<void> {
    await this.answerOnce(responseUrl ?? undefined, { text: markdown });
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

/** The one message a response_url takes: the card when it is only a card with buttons, else markdown of everything. */
function activeAnswer(reply: Pick<Reply, "text" | "card" | "attachment">): { body: unknown; taskId?: string } {
  const card: Card | undefined = reply.card;
  if (card && !reply.text && !reply.attachment && buttonsOf(card).length > 0) {
    const taskId = newTaskId();
    const rendered = renderWecomCard(card, { taskId, cardUrl: UNUSED_CARD_URL, allowMarkdown: false });
    if (rendered.msgtype === "template_card") return { body: rendered satisfies { template_card: WecomTemplateCard }, taskId };
  }
  const content = joined(reply.text ?? "", card ? renderWecomMarkdown(card, Number.POSITIVE_INFINITY) : "", fileNote(reply));
  return { body: { msgtype: "markdown", markdown: { content } } };
}

/** Neither a stream nor a response_url carries files: the member is told where to get it instead of missing it. */
function fileNote(reply: Pick<Reply, "attachment">): string {
  if (!reply.attachment) return "";
  return `📎 ${reply.attachment.fileName}：此模式无法发送文件，请在企业微信自建应用或长连接模式的机器人里再要一次 · files cannot be sent in this mode: ask the WeCom app or the bot on a long connection`;
}

function joined(...parts: string[]): string {
  return parts.filter(Boolean).join("\n\n");
}
