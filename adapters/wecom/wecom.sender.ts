import { isImageAttachment, readAttachment } from "../read-attachment.js";
import { createHash, randomBytes } from "node:crypto";
import { type ChannelCapabilities, type ChannelSender, type DeliveryTarget, DeliveryError, type SentMessage } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";
import type { Card } from "../../cards/model.js";
import { renderWecomMarkdown, splitBytes } from "./render-wecom-markdown.js";
import { WECOM_CARD_LIMITS, renderWecomCard, renderWecomCardMessages } from "./render-wecom-template-card.js";
import { truncate } from "../../cards/limits.js";
import type { Clock } from "../../domain/shared/clock.js";
import { LocalSendWindow, type SendWindow } from "../../domain/shared/send-window.js";
import { WECOM_PLATFORM, type WecomReplyContext } from "./to-inbound-event.js";
import type { WecomApiClient } from "./wecom-api.client.js";
import type { WecomConfig } from "./wecom.config.js";
import { LocalResponseCodes, type ResponseCodes } from "./wecom-response-codes.js";
import { type WecomMessageRef, type WecomRoute, parseMessageRef, routeOf, routeOfRef } from "./wecom-route.js";

/** A group robot's image message: the picture itself, base64-encoded, at most 2 MB. */
const ROBOT_IMAGE_BYTES = 2 * 1024 * 1024;
/** App text and markdown messages hold 2,048 bytes; the group robot's markdown 4,096. */
const APP_TEXT_BYTES = 2048;
const ROBOT_MARKDOWN_BYTES = 4096;

/**
 * Delivers replies to WeCom: members through message/send (text, template cards), app chats
 * through appchat/send and team channels through the group robot (markdown, 20 a minute).
 * A reply to a card click edits that card with update_template_card and the click's ResponseCode.
 */
export class WecomSender implements ChannelSender {
  readonly platform = WECOM_PLATFORM;
  readonly capabilities: ChannelCapabilities;

  constructor(
    private readonly api: WecomApiClient,
    private readonly config: Pick<WecomConfig, "agentId" | "apiBase" | "robotWebhook" | "cardUrl">,
    private readonly clock: Clock,
    private readonly limiter: SendWindow = new LocalSendWindow(clock),
    /**
     * WeCom drops, without an error, app messages past 30 a minute or 1,000 an hour to one member
     * (document/path/90454): one window per cap (WecomConfig.memberCaps); those over it wait in the outbox.
     */
    private readonly memberWindows: SendWindow[] = [],
    /** Spent response codes; in the database when built by the adapter, so every instance knows them. */
    private readonly codes: ResponseCodes = new LocalResponseCodes(),
  ) {
    this.capabilities = {
      updateInPlace: true,
      // Group robots and app chats get markdown: their members cannot press anything.
      buttonlessGroups: "^",
      // Group robots and app chats cannot be heard: a manager registers one by its webhook URL or its
      // chatid (appchat/create's, written appchat:<chatid>); see routeOf for the ids.
      chatAddresses: [
        { pattern: `^${escapeRegExp(config.apiBase)}/cgi-bin/webhook/send\\?key=([\\w-]{1,128})$`, id: "robot:$1", secret: true },
        { pattern: "^appchat:(?!robot$)([A-Za-z0-9]{1,32})$", id: "$1" },
      ],
    };
  }

  async send(target: DeliveryTarget, reply: Reply): Promise<SentMessage> {
    const click = clickOf(target);
    // A file is a message of its own: never folded into the pressed card.
    if (click && !reply.attachment && (reply.updatesSource || (reply.text && !reply.card))) {
      const userId = target.platformUserId ?? target.conversationId;
      const rest = await this.updateClickedCard(click, [userId], reply);
      if (rest === "done") return {};
      if (rest !== "failed") return this.sendTo({ kind: "user", userId }, rest);
    }
    return this.sendTo(routeOf(target, reply, this.robot()), reply);
  }

  async update(target: DeliveryTarget, messageRef: string, reply: Reply): Promise<void> {
    const ref = parseMessageRef(messageRef);
    if (ref?.responseCode && ref.userids) {
      const rest = await this.updateClickedCard({ responseCode: ref.responseCode, taskId: ref.taskId ?? newTaskId() }, ref.userids, {
        ...reply,
        updatesSource: true,
      });
      if (rest === "done") return;
    }
    // WeCom edits a card only with an unspent response code: otherwise the new state is a new message.
    const fallback = routeOf(target, reply, this.robot());
    await this.sendTo(ref ? routeOfRef(ref, fallback, this.robot()) : fallback, reply);
  }

  /**
   * Spends a response code on update_template_card: a card reply replaces the whole card, a text
   * reply becomes the grey text of the pressed button. Returns what is left to send as a new
   * message ("done" when nothing), or "failed" when the code was spent already (here or by another
   * instance) or WeCom refused it (spent or expired).
   */
  private async updateClickedCard(click: WecomReplyContext, userids: string[], reply: Reply): Promise<Reply | "done" | "failed"> {
    const base = { userids, agentid: this.config.agentId, response_code: click.responseCode };
    let body: Record<string, unknown>;
    let rest: Reply | "done" = "done";
    if (reply.card) {
      const card: Card = reply.text ? { ...reply.card, blocks: [{ type: "text", text: reply.text }, ...reply.card.blocks] } : reply.card;
      const rendered = renderWecomCard(card, { taskId: click.taskId, cardUrl: this.config.cardUrl, allowMarkdown: false });
      body = { ...base, template_card: rendered.msgtype === "template_card" ? rendered.template_card : undefined };
    } else {
      const text = reply.text ?? "";
      const short = truncate(text.replace(/\s+/g, " ").trim(), WECOM_CARD_LIMITS.buttonText);
      body = { ...base, button: { replace_name: short } };
      // A confirmation too long for a button still reaches the member in full.
      if (short !== text.trim()) rest = { text };
    }
    if (!(await this.codes.spend(click.responseCode))) return "failed";
    try {
      await this.api.call("/cgi-bin/message/update_template_card", body);
      return rest;
    } catch (error) {
      if (error instanceof DeliveryError && !error.retryable && error.code !== "AUTH_INVALID") return "failed";
      // Not sent: the code may still be good for the retry.
      await this.codes.unspend(click.responseCode);
      throw error;
    }
  }

  private async sendTo(route: WecomRoute, reply: Reply): Promise<SentMessage> {
    // Upload before any message: a failed upload is then retried without repeating the text.
    // The group robot cannot use an app's media_id (it has its own upload): there the text goes alone.
    const mediaId = reply.attachment && route.kind !== "robot" ? await this.upload(reply.attachment) : undefined;
    if (route.kind === "user") {
      const sent = await this.sendToUser(route.userId, reply, mediaId ? 1 : 0);
      if (mediaId) {
        checkDelivered(
          await this.api.call("/cgi-bin/message/send", { touser: route.userId, agentid: this.config.agentId, ...mediaMessage(reply, mediaId) }),
          route.userId,
        );
      }
      return sent;
    }
    // Groups get one markdown message per reply: cards cannot be pressed there, and it spends one robot slot.
    const pieces = [reply.text, reply.card ? renderWecomMarkdown(reply.card, Number.POSITIVE_INFINITY) : undefined].filter((p): p is string => Boolean(p));
    const content = pieces.join("\n\n");
    if (route.kind === "appchat") {
      for (const part of splitBytes(content, APP_TEXT_BYTES))
        await this.api.call("/cgi-bin/appchat/send", { chatid: route.chatId, msgtype: "markdown", markdown: { content: part } });
      if (mediaId) await this.api.call("/cgi-bin/appchat/send", { chatid: route.chatId, ...mediaMessage(reply, mediaId) });
      return { messageRef: JSON.stringify({ chatId: route.chatId } satisfies WecomMessageRef) };
    }
    // A picture (a chart) goes to the robot as an image message of its own: base64 with its MD5, at most 2 MB.
    const picture = isImageAttachment(reply.attachment) ? await readAttachment(reply.attachment!.path) : undefined;
    const image = picture && picture.length <= ROBOT_IMAGE_BYTES ? picture : undefined;
    const posts: object[] = [
      ...splitBytes(content, ROBOT_MARKDOWN_BYTES).map((part) => ({ msgtype: "markdown", markdown: { content: part } })),
      ...(image ? [{ msgtype: "image", image: { base64: image.toString("base64"), md5: createHash("md5").update(image).digest("hex") } }] : []),
    ];
    // Every post needs its own slot in the robot's window: take them all before sending any.
    const window = `wecom-robot:${route.robot}`;
    const wait = posts.length > 0 ? await this.limiter.take(window, posts.length) : 0;
    if (wait > 0) throw new DeliveryError("RATE_LIMITED", "group robot: 20 messages per minute", wait);
    for (const [i, post] of posts.entries()) {
      try {
        await this.api.postToWebhook(route.url, post);
      } catch (error) {
        if (!(error instanceof DeliveryError && error.code === "RATE_LIMITED")) await this.limiter.release(window, posts.length - i);
        throw error;
      }
    }
    return { messageRef: JSON.stringify({ robot: route.robot } satisfies WecomMessageRef) };
  }

  private async sendToUser(userId: string, reply: Reply, files = 0): Promise<SentMessage> {
    const base = { touser: userId, agentid: this.config.agentId };
    let ref: WecomMessageRef = { userids: [userId] };
    // A text over WeCom's 2,048 bytes (the Chinese help, say) arrives as several messages split between lines.
    const texts = reply.text ? splitBytes(reply.text, APP_TEXT_BYTES) : [];
    const taskId = newTaskId();
    const cardMessages = reply.card ? renderWecomCardMessages(reply.card, { taskId, cardUrl: this.config.cardUrl, markdownBytes: APP_TEXT_BYTES }) : [];
    await this.takeMemberSlots(userId, texts.length + cardMessages.length + files);
    for (const content of texts) {
      const answer = await this.api.call("/cgi-bin/message/send", { ...base, msgtype: "text", text: { content } });
      checkDelivered(answer, userId);
    }
    if (reply.card) {
      for (const message of cardMessages) {
        const answer = await this.api.call("/cgi-bin/message/send", { ...base, ...message });
        checkDelivered(answer, userId);
        const responseCode = typeof answer.response_code === "string" ? answer.response_code : undefined;
        ref = { taskId, userids: [userId], ...(responseCode ? { responseCode } : {}) };
      }
    }
    return { messageRef: JSON.stringify(ref) };
  }

  /** Counts the messages against the member's caps, or leaves them all to a later attempt. */
  private async takeMemberSlots(userId: string, slots: number): Promise<void> {
    if (slots === 0) return;
    const taken: SendWindow[] = [];
    for (const window of this.memberWindows) {
      const wait = await window.take(`wecom-member:${userId}`, slots);
      if (wait > 0) {
        for (const done of taken) await done.release(`wecom-member:${userId}`, slots);
        throw new DeliveryError("RATE_LIMITED", `message/send: ${slots} more would pass WeCom's per-member cap for ${userId}`, wait);
      }
      taken.push(window);
    }
  }

  private async upload(attachment: NonNullable<Reply["attachment"]>): Promise<string> {
    return this.api.uploadMedia(
      isImageAttachment(attachment) ? "image" : "file",
      attachment.fileName,
      attachment.mimeType,
      await readAttachment(attachment.path),
    );
  }

  private robot() {
    return { apiBase: this.config.apiBase, ...(this.config.robotWebhook ? { webhook: this.config.robotWebhook } : {}) };
  }
}

function clickOf(target: DeliveryTarget): WecomReplyContext | null {
  const ctx = target.replyContext as Partial<WecomReplyContext> | undefined;
  return ctx && typeof ctx.responseCode === "string" && ctx.responseCode && typeof ctx.taskId === "string"
    ? { responseCode: ctx.responseCode, taskId: ctx.taskId }
    : null;
}

/** message/send answers errcode 0 but lists receivers it could not reach. */
function checkDelivered(answer: Record<string, unknown>, userId: string): void {
  const invalid = typeof answer.invaliduser === "string" ? answer.invaliduser.split("|") : [];
  if (invalid.includes(userId)) throw new DeliveryError("TARGET_NOT_FOUND", `message/send: user ${userId} is not reachable`);
}

/** task_id: unique per post, [A-Za-z0-9_-@], at most 128 bytes. */
function newTaskId(): string {
  return `crm_${Date.now().toString(36)}_${randomBytes(8).toString("hex")}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function mediaMessage(reply: Reply, mediaId: string) {
  return isImageAttachment(reply.attachment) ? { msgtype: "image", image: { media_id: mediaId } } : { msgtype: "file", file: { media_id: mediaId } };
}
