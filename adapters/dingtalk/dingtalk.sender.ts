import { isImageAttachment, readAttachment } from "../read-attachment.js";
import { extname } from "node:path";
import { randomUUID } from "node:crypto";
import { type ChannelCapabilities, type ChannelSender, DeliveryError, type DeliveryTarget, type SentMessage } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";
import type { Card } from "../../cards/model.js";
import { buttonsOf } from "../../cards/model.js";
import { cardMarkdown, standardCardData } from "./render-dingtalk-card.js";
import type { Clock } from "../../domain/shared/clock.js";
import { OutboundAllowList } from "../outbound-allow-list.js";
import type { DingTalkApiClient } from "./dingtalk-api.client.js";
import { type DingTalkReplyContext, readReplyContext } from "./dingtalk-reply-context.js";
import { type RobotWebhook, postWebhook } from "./robot-webhook.js";

/** A TeamChannel row with conversationId "robot" or "robot:<anything>" goes to the custom group robot. */
export function isRobotConversation(conversationId: string): boolean {
  return conversationId === "robot" || conversationId.startsWith("robot:");
}

/** Do not start a reply on a sessionWebhook that expires within this margin. */
const SESSION_WEBHOOK_MARGIN_MS = 10_000;
const CARD_REF = "card:";

type RobotBody = { msgtype: "text"; text: { content: string } } | { msgtype: "markdown"; markdown: { title: string; text: string } };

/**
 * Delivers replies to DingTalk: text through the message's sessionWebhook while it is valid and on
 * DingTalk's own host (the outbound allow-list), otherwise through the robot OpenAPI
 * (oToMessages/batchSend, groupMessages/send); cards with buttons as robot interactive cards
 * (updated in place); files and pictures through the robot API after a media upload; team channels
 * through the custom robot.
 */
export class DingTalkSender implements ChannelSender {
  readonly platform = "dingtalk";
  // The custom group robot posts markdown; groups reached through the OpenAPI get interactive cards.
  readonly capabilities: ChannelCapabilities = { updateInPlace: true, buttonlessGroups: "^robot(?::|$)" };

  private readonly allowList: OutboundAllowList;

  constructor(
    private readonly api: DingTalkApiClient,
    private readonly robot: RobotWebhook,
    private readonly clock: Clock,
    private readonly options: { robotCode: string; cardCallbackRouteKey?: string; allowList?: OutboundAllowList },
  ) {
    // A sessionWebhook comes from the callback body: only DingTalk's configured hosts are trusted.
    this.allowList = options.allowList ?? new OutboundAllowList("dingtalk", api.bases);
  }

  async send(target: DeliveryTarget, reply: Reply): Promise<SentMessage> {
    const context = readReplyContext(target.replyContext);
    // The custom group robot cannot carry files: there the text goes alone.
    if (reply.attachment && !isRobotConversation(target.conversationId)) {
      const { attachment, ...rest } = reply;
      // A picture (a chart) is shown inline: uploaded as an image, sent as sampleImageMsg, whose photoURL
      // takes the media id the upload returns. Anything else (a quote PDF) goes as sampleFile.
      const image = isImageAttachment(attachment);
      // Upload before any message: a failed upload is then retried without repeating the text.
      const data = await readAttachment(attachment.path);
      const mediaId = await this.api.uploadMedia(image ? "image" : "file", attachment.fileName, attachment.mimeType, data);
      const sent = rest.text || rest.card ? await this.send(target, rest) : {};
      if (image) {
        await this.deliver(target, context, rest, "sampleImageMsg", JSON.stringify({ photoURL: mediaId }));
        return sent;
      }
      const fileType = extname(attachment.fileName).slice(1).toLowerCase() || "file";
      await this.deliver(target, context, rest, "sampleFile", JSON.stringify({ mediaId, fileName: attachment.fileName, fileType }));
      return sent;
    }
    if (isRobotConversation(target.conversationId)) {
      // A picture alone (a digest's chart) has nothing the custom robot can carry: nothing is posted.
      if (!reply.text && !reply.card) return {};
      await this.robot.sendToRobot(robotBody(reply));
      return {};
    }
    if (reply.card && reply.updatesSource && context.cardBizId) {
      await this.updateCard(context.cardBizId, reply);
      return { messageRef: CARD_REF + context.cardBizId };
    }
    if (reply.card && buttonsOf(reply.card).length > 0) return this.sendCard(target, context, reply);
    const body = robotBody(reply);
    const webhook = this.usableSessionWebhook(context, reply, target);
    if (webhook) {
      await postWebhook(webhook, body);
      return {};
    }
    await this.sendByApi(target, context, reply, body);
    return {};
  }

  async update(_target: DeliveryTarget, messageRef: string, reply: Reply): Promise<void> {
    if (!messageRef.startsWith(CARD_REF)) return;
    await this.updateCard(messageRef.slice(CARD_REF.length), reply);
  }

  /** The sessionWebhook to answer on, or undefined to use the OpenAPI. */
  private usableSessionWebhook(context: DingTalkReplyContext, reply: Reply, target: DeliveryTarget): string | undefined {
    // A private reply in a group must not go to the group's webhook.
    if (reply.visibility === "private" && target.kind === "group") return undefined;
    if (!context.sessionWebhook || context.sessionWebhookExpiresAt === undefined) return undefined;
    if (context.sessionWebhookExpiresAt - SESSION_WEBHOOK_MARGIN_MS <= this.clock.now().getTime()) return undefined;
    return this.allowList.check(context.sessionWebhook, "sessionWebhook");
  }

  private async sendByApi(target: DeliveryTarget, context: DingTalkReplyContext, reply: Reply, body: RobotBody): Promise<void> {
    const { msgKey, msgParam } =
      body.msgtype === "text"
        ? { msgKey: "sampleText", msgParam: JSON.stringify({ content: body.text.content }) }
        : { msgKey: "sampleMarkdown", msgParam: JSON.stringify(body.markdown) };
    await this.deliver(target, context, reply, msgKey, msgParam);
  }

  /** Robot OpenAPI message (text, markdown, image, file…) to one member or to the group. */
  private async deliver(target: DeliveryTarget, context: DingTalkReplyContext, reply: Reply, msgKey: string, msgParam: string): Promise<void> {
    const robotCode = context.robotCode ?? this.options.robotCode;
    const userId = directUser(target, context);
    if (target.kind === "direct" || reply.visibility === "private") {
      if (!userId) throw new DeliveryError("TARGET_NOT_FOUND", "DingTalk: no staff id to send a direct message to");
      await this.api.call("POST", "/v1.0/robot/oToMessages/batchSend", { robotCode, userIds: [userId], msgKey, msgParam });
      return;
    }
    const openConversationId = context.openConversationId ?? target.conversationId;
    await this.api.call("POST", "/v1.0/robot/groupMessages/send", { robotCode, openConversationId, msgKey, msgParam });
  }

  private async sendCard(target: DeliveryTarget, context: DingTalkReplyContext, reply: Reply): Promise<SentMessage> {
    const cardBizId = randomUUID();
    const group = target.kind === "group" && reply.visibility !== "private";
    const userId = directUser(target, context);
    await this.api.call("POST", "/v1.0/im/v1.0/robot/interactiveCards/send", {
      cardTemplateId: "StandardCard",
      cardBizId,
      robotCode: context.robotCode ?? this.options.robotCode,
      cardData: JSON.stringify(standardCardData(reply.card as Card, reply.text)),
      ...(this.options.cardCallbackRouteKey ? { callbackRouteKey: this.options.cardCallbackRouteKey } : {}),
      ...(group ? { openConversationId: context.openConversationId ?? target.conversationId } : { singleChatReceiver: JSON.stringify({ userId }) }),
    });
    return { messageRef: CARD_REF + cardBizId };
  }

  private async updateCard(cardBizId: string, reply: Reply): Promise<void> {
    // A text-only new state still replaces the card (its buttons must not stay pressable).
    const cardData = standardCardData(reply.card ?? { title: "", blocks: [] }, reply.text);
    await this.api.call("PUT", "/v1.0/im/robots/interactiveCards", { cardBizId, cardData: JSON.stringify(cardData) });
  }
}

function directUser(target: DeliveryTarget, context: DingTalkReplyContext): string | undefined {
  return context.senderStaffId ?? target.platformUserId;
}

function robotBody(reply: Reply): RobotBody {
  if (reply.card) return { msgtype: "markdown", markdown: cardMarkdown(reply.card, reply.text) };
  return { msgtype: "text", text: { content: reply.text ?? "" } };
}
