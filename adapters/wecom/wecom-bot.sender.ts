import { randomBytes } from "node:crypto";
import { isImageAttachment, readAttachment } from "../read-attachment.js";
import type { WSClient } from "@wecom/aibot-node-sdk";
import { type ChannelCapabilities, type ChannelSender, DeliveryError, type DeliveryTarget, type SentMessage } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";
import { buttonsOf, type Card } from "../../cards/model.js";
import { mapWecomErrcode } from "./map-wecom-error.js";
import { renderWecomMarkdown, splitBytes } from "./render-wecom-markdown.js";
import { renderWecomCard, renderWecomCardMessages } from "./render-wecom-template-card.js";
import type { WecomBotClicks } from "./wecom-bot-clicks.js";
import { WECOM_BOT_PLATFORM, type WecomBotClick } from "./wecom-bot-to-event.js";

/** One markdown message of the smart bot; longer text is split between lines. */
const MARKDOWN_BYTES = 4096;
/** A button-less card is markdown here, so the text_notice card's required link is never used. */
const UNUSED_CARD_URL = "https://work.weixin.qq.com/";

/** Where a posted card is (CardPost.messageRef): its chat and the task id a click names. */
interface BotMessageRef {
  chatId: string;
  taskId?: string;
}

/**
 * Replies through the smart bot's long connection: `aibot_send_msg` to a group (its chatid) or a
 * member (their userid) — markdown for text and button-less cards, button_interaction template cards
 * where there are buttons, in groups too (so quotes are approved in the group). A card's new state
 * after a click replaces the pressed card for everyone (`aibot_respond_update_msg` on the click's
 * frame, within WeCom's 5 seconds); without a fresh click a posted card cannot be edited, and its
 * stale buttons are answered when pressed.
 */
export class WecomBotSender implements ChannelSender {
  readonly platform = WECOM_BOT_PLATFORM;
  readonly capabilities: ChannelCapabilities = { updateInPlace: true };

  constructor(
    private readonly client: Pick<WSClient, "isConnected" | "sendMessage" | "updateTemplateCard" | "uploadMedia" | "sendMediaMessage">,
    private readonly clicks: WecomBotClicks,
  ) {}

  async send(target: DeliveryTarget, reply: Reply): Promise<SentMessage> {
    const click = clickOf(target);
    if (click && reply.updatesSource && reply.card) {
      const outcome = await this.updatePressed(click.taskId, reply.card);
      if (outcome !== "none") {
        if (reply.text) await this.post(chatOf(target, reply), { text: reply.text });
        return { messageRef: JSON.stringify({ chatId: target.conversationId, taskId: click.taskId } satisfies BotMessageRef) };
      }
    }
    return this.post(chatOf(target, reply), reply);
  }

  async update(_target: DeliveryTarget, messageRef: string, reply: Reply): Promise<void> {
    const ref = parseRef(messageRef);
    if (ref?.taskId && reply.card) await this.updatePressed(ref.taskId, reply.card);
  }

  /** Replaces the pressed card when its click can still be answered; "none" when it cannot. */
  private async updatePressed(taskId: string, card: Card): Promise<"updated" | "already-updated" | "none"> {
    const claim = this.clicks.claim(taskId);
    if (claim === "none" || claim === "already-updated") return claim;
    const rendered = renderWecomCard(card, { taskId, cardUrl: UNUSED_CARD_URL, allowMarkdown: false });
    if (rendered.msgtype !== "template_card") return "none";
    try {
      await this.call(() => this.client.updateTemplateCard({ headers: { req_id: claim.reqId } }, rendered.template_card as never), "aibot_respond_update_msg");
      return "updated";
    } catch (error) {
      this.clicks.release(taskId);
      if (error instanceof DeliveryError && !error.retryable) return "none";
      throw error;
    }
  }

  private async post(chatId: string, reply: Reply): Promise<SentMessage> {
    // Upload first: a failed upload is retried without repeating the text.
    const mediaId = reply.attachment ? await this.upload(reply.attachment) : undefined;
    for (const content of reply.text ? splitBytes(reply.text, MARKDOWN_BYTES) : []) await this.markdown(chatId, content);
    let taskId: string | undefined;
    if (reply.card) {
      if (buttonsOf(reply.card).length === 0) {
        for (const content of splitBytes(renderWecomMarkdown(reply.card, Number.POSITIVE_INFINITY, { buttonHint: false }), MARKDOWN_BYTES))
          await this.markdown(chatId, content);
      } else {
        taskId = newTaskId();
        for (const message of renderWecomCardMessages(reply.card, { taskId, cardUrl: UNUSED_CARD_URL, markdownBytes: MARKDOWN_BYTES }))
          await this.call(() => this.client.sendMessage(chatId, message as never), "aibot_send_msg");
      }
    }
    if (mediaId) await this.call(() => this.client.sendMediaMessage(chatId, isImageAttachment(reply.attachment) ? "image" : "file", mediaId), "aibot_send_msg");
    return { messageRef: JSON.stringify({ chatId, ...(taskId ? { taskId } : {}) } satisfies BotMessageRef) };
  }

  private markdown(chatId: string, content: string) {
    return this.call(() => this.client.sendMessage(chatId, { msgtype: "markdown", markdown: { content } }), "aibot_send_msg");
  }

  private async upload(attachment: NonNullable<Reply["attachment"]>): Promise<string> {
    const data = await readAttachment(attachment.path);
    const type = isImageAttachment(attachment) ? "image" : "file";
    const uploaded = await this.call(() => this.client.uploadMedia(data, { type, filename: attachment.fileName }), "aibot_upload_media");
    return uploaded.media_id;
  }

  /** The SDK answers with the platform's ack frame, or rejects with it (errcode) or an Error (closed, timed out). */
  private async call<T>(run: () => Promise<T>, api: string): Promise<T> {
    if (!this.client.isConnected) throw new DeliveryError("TEMPORARY", `${api}: the long connection is not open`);
    try {
      return await run();
    } catch (error) {
      const frame = error as { errcode?: unknown; errmsg?: unknown };
      if (typeof frame?.errcode === "number") return Promise.reject(mapWecomErrcode(frame.errcode, String(frame.errmsg ?? ""), api));
      throw new DeliveryError("TEMPORARY", `${api}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** A private reply in a group goes to the member's single chat with the bot. */
function chatOf(target: DeliveryTarget, reply: Reply): string {
  return reply.visibility === "private" && target.kind === "group" && target.platformUserId ? target.platformUserId : target.conversationId;
}

function clickOf(target: DeliveryTarget): WecomBotClick | null {
  const ctx = target.replyContext as Partial<WecomBotClick> | undefined;
  return ctx && typeof ctx.taskId === "string" && typeof ctx.reqId === "string" ? { taskId: ctx.taskId, reqId: ctx.reqId } : null;
}

function parseRef(messageRef: string): BotMessageRef | null {
  try {
    const ref = JSON.parse(messageRef) as Partial<BotMessageRef>;
    return typeof ref.chatId === "string" ? { chatId: ref.chatId, ...(typeof ref.taskId === "string" ? { taskId: ref.taskId } : {}) } : null;
  } catch {
    return null;
  }
}

/** task_id: unique per card, [A-Za-z0-9_-@], at most 128 bytes. */
export function newTaskId(): string {
  return `crm_${Date.now().toString(36)}_${randomBytes(8).toString("hex")}`;
}
