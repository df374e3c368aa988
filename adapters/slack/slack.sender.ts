import { readAttachment } from "../read-attachment.js";
import type { webApi } from "@slack/bolt";
import type { ChannelCapabilities, ChannelSender, DeliveryTarget, SentMessage } from "../../bot/delivery/channel-sender.js";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Reply } from "../../bot/types.js";
import { truncate } from "../../cards/limits.js";
import { SLACK_LIMITS, escape, renderSlackHome, renderSlackMessage } from "./render-slack-blocks.js";
import { OutboundAllowList } from "../outbound-allow-list.js";
import { fromStatus, mapSlackError } from "./map-error.js";
import { messageRef, messageRefSchema, readReplyContext } from "./reply-context.js";

type Message = { text: string; blocks?: ReturnType<typeof renderSlackMessage>["blocks"] };

/** Where Slack's response_url values live. */
export const SLACK_HOOKS_BASE = "https://hooks.slack.com";
/** Where Slack serves the files people share (url_private_download). */
export const SLACK_FILES_BASE = "https://files.slack.com";

/**
 * Delivers replies with the Bolt WebClient. The client is built with rejectRateLimitedCalls and no
 * retries, so every failure comes back here at once and the outbox owns waiting and retrying.
 * A response_url (from the payload) is used only on Slack's hooks host (the outbound allow-list);
 * any other is ignored and the reply goes through the Web API.
 */
export class SlackSender implements ChannelSender {
  readonly platform = "slack";
  readonly capabilities: ChannelCapabilities = { updateInPlace: true };

  constructor(
    private readonly client: webApi.WebClient,
    private readonly token: string,
    private readonly fetchFn: typeof fetch = fetch,
    private readonly allowList: OutboundAllowList = new OutboundAllowList("slack", [SLACK_HOOKS_BASE]),
  ) {}

  async send(target: DeliveryTarget, reply: Reply): Promise<SentMessage> {
    const context = readReplyContext(target.replyContext);
    const responseUrl = context.responseUrl ? this.allowList.check(context.responseUrl, "response_url") : undefined;
    const message = toMessage(reply);
    try {
      if (reply.attachment && !reply.updatesSource && context.surface !== "home") return await this.sendWithFile(target, reply, context.threadTs);
      if (context.surface === "home" && reply.card && target.platformUserId) {
        await this.client.views.publish({ token: this.token, user_id: target.platformUserId, view: renderSlackHome(reply.card) });
        return {};
      }
      if (reply.updatesSource && context.channel && context.messageTs) {
        const updated = await this.client.chat.update({ token: this.token, channel: context.channel, ts: context.messageTs, ...message });
        return { messageRef: messageRef(updated.channel ?? context.channel, updated.ts ?? context.messageTs) };
      }
      if (reply.updatesSource && responseUrl) {
        await this.postResponseUrl(responseUrl, { replace_original: true, ...message });
        return {};
      }
      if (reply.visibility === "private" && target.kind === "group" && target.platformUserId) {
        await this.client.chat.postEphemeral({ token: this.token, channel: target.conversationId, user: target.platformUserId, ...message });
        return {};
      }
      if (context.viaResponseUrl && responseUrl) {
        await this.postResponseUrl(responseUrl, { response_type: "in_channel", ...message });
        return {};
      }
      // chat.postMessage with a user id as channel writes to the DM with that user (im:write).
      const channel = target.kind === "direct" ? (target.platformUserId ?? target.conversationId) : target.conversationId;
      const posted = await this.client.chat.postMessage({
        token: this.token,
        channel,
        ...message,
        ...(context.threadTs ? { thread_ts: context.threadTs } : {}),
      });
      return posted.ts ? { messageRef: messageRef(posted.channel ?? channel, posted.ts) } : {};
    } catch (error) {
      throw mapSlackError(error);
    }
  }

  async update(_target: DeliveryTarget, ref: string, reply: Reply): Promise<void> {
    const parsed = messageRefSchema.safeParse(safeJson(ref));
    if (!parsed.success) throw new DeliveryError("TARGET_NOT_FOUND", `not a Slack message ref: ${ref}`);
    try {
      await this.client.chat.update({ token: this.token, channel: parsed.data.channel, ts: parsed.data.ts, ...toMessage(reply) });
    } catch (error) {
      throw mapSlackError(error);
    }
  }

  /**
   * files.uploadV2 (getUploadURLExternal → POST bytes → completeUploadExternal) shares the file in a
   * conversation; the reply text becomes the file's initial comment. A card, if any, goes first as a message.
   */
  private async sendWithFile(target: DeliveryTarget, reply: Reply, threadTs: string | undefined): Promise<SentMessage> {
    const attachment = reply.attachment!;
    const data = await readAttachment(attachment.path);
    let sent: SentMessage = {};
    if (reply.card) {
      sent = await this.send(target, { ...reply, attachment: undefined });
    }
    // Files cannot be ephemeral: a private reply in a group shares its file in the person's DM instead.
    const privately = reply.visibility === "private" && target.kind === "group" && target.platformUserId !== undefined;
    if (privately) threadTs = undefined;
    const channelId = await this.conversationOf(
      privately ? { conversationId: target.platformUserId!, kind: "direct", platformUserId: target.platformUserId! } : target,
    );
    const text = reply.card ? "" : toMessage(reply).text.trim();
    const upload = { token: this.token, file: data, filename: attachment.fileName, title: attachment.fileName, ...(text ? { initial_comment: text } : {}) };
    if (threadTs) await this.client.filesUploadV2({ ...upload, channel_id: channelId, thread_ts: threadTs });
    else await this.client.filesUploadV2({ ...upload, channel_id: channelId });
    return sent;
  }

  /** completeUploadExternal wants a conversation id; a direct target may only know the user id (U…). */
  private async conversationOf(target: DeliveryTarget): Promise<string> {
    if (target.kind === "group" || !/^[UW]/.test(target.conversationId)) return target.conversationId;
    const user = target.platformUserId ?? target.conversationId;
    const opened = await this.client.conversations.open({ token: this.token, users: user });
    const id = opened.channel?.id;
    if (!id) throw new DeliveryError("TARGET_NOT_FOUND", `slack: no DM channel with ${user}`);
    return id;
  }

  private async postResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
    let response: Response;
    try {
      response = await this.fetchFn(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    } catch (error) {
      throw new DeliveryError("TEMPORARY", `response_url: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw fromStatus(response.status, response.headers.get("retry-after"), `response_url answered ${response.status}`);
  }
}

function toMessage(reply: Reply): Message {
  const rendered = reply.card ? renderSlackMessage(reply.card) : undefined;
  const text = [reply.text, rendered?.text].filter((t): t is string => Boolean(t)).join("\n");
  const blocks = rendered?.blocks ?? [];
  if (reply.text && rendered) {
    blocks.unshift({ type: "section", text: { type: "mrkdwn", text: truncate(escape(reply.text), SLACK_LIMITS.sectionText) } });
    if (blocks.length > SLACK_LIMITS.messageBlocks) blocks.splice(SLACK_LIMITS.messageBlocks);
  }
  return { text: truncate(escape(text) || " ", SLACK_LIMITS.fallbackText), ...(blocks.length > 0 ? { blocks } : {}) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
