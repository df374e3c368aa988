import type { DeliveryTarget } from "../../bot/delivery/channel-sender.js";
import type { InboundEvent } from "../../bot/types.js";
import type { PendingFileEvent } from "../inbound-file.js";
import { fromSlackActionId } from "./render-slack-blocks.js";
import type { SlackReplyContext } from "./reply-context.js";
import type { blockActionsSchema, messageEventSchema, slashCommandSchema } from "./slack-payloads.js";
import type { SlackProfile } from "./slack-profiles.js";
import { fromSlackText, stripLeadingMentions } from "./slack-text.js";
import type { z } from "zod";

export const PLATFORM = "slack";

/** An event ready for the inbox: the normalized event and where its replies go. */
export interface Normalized {
  event: InboundEvent & { eventId: string };
  target: DeliveryTarget;
}

interface Who {
  teamId: string;
  userId: string;
  profile: SlackProfile;
}

// D… channels are direct messages with the bot; anything else is a group conversation.
const isDirect = (channel: string) => channel.startsWith("D");

function user({ teamId, userId, profile }: Who) {
  return { platformUserId: userId, tenantId: teamId, ...profile };
}

function target(who: Who, conversationId: string, kind: "direct" | "group", replyContext: SlackReplyContext): DeliveryTarget {
  return { conversationId, kind, platformUserId: who.userId, tenantId: who.teamId, replyContext };
}

/** A DM to the bot, or an @mention in a channel (the mention itself is dropped). */
export function fromMessageEvent(eventId: string, who: Who, message: z.infer<typeof messageEventSchema>): Normalized {
  const direct = message.type === "message" || isDirect(message.channel);
  const raw = message.type === "app_mention" ? stripLeadingMentions(message.text) : message.text;
  const kind = direct ? "direct" : "group";
  return {
    event: { type: "message", eventId, channel: PLATFORM, user: user(who), conversation: { id: message.channel, kind }, text: fromSlackText(raw).trim() },
    target: target(who, message.channel, kind, { channel: message.channel, ...(message.thread_ts ? { threadTs: message.thread_ts } : {}) }),
  };
}

/** A file shared in the bot's DM, already fetched into the files store (or the reason it was not). */
export function fromFileShare(eventId: string, who: Who, channel: string): PendingFileEvent {
  return {
    event: { type: "file", eventId, channel: PLATFORM, user: user(who), conversation: { id: channel, kind: "direct" } },
    target: target(who, channel, "direct", { channel }),
  };
}

/** `/crm <text>`: the same grammar as any message; an empty command shows the help. */
export function fromSlashCommand(who: Who, command: z.infer<typeof slashCommandSchema>): Normalized {
  const direct = isDirect(command.channel_id) || command.channel_name === "directmessage";
  const kind = direct ? "direct" : "group";
  const text = fromSlackText(command.text).trim() || "help";
  return {
    event: {
      type: "message",
      eventId: `trigger:${command.trigger_id}`,
      channel: PLATFORM,
      user: user(who),
      conversation: { id: command.channel_id, kind },
      text,
    },
    target: target(who, command.channel_id, kind, {
      channel: command.channel_id,
      ...(command.response_url ? { responseUrl: command.response_url, viaResponseUrl: !direct } : {}),
    }),
  };
}

/** A button on one of our cards: action_id is our action id (with a "#n" suffix on repeats), value is ours. */
export function fromBlockAction(who: Who, payload: z.infer<typeof blockActionsSchema>): Normalized {
  const action = payload.actions[0]!;
  const dedupe = payload.trigger_id ?? `${action.action_id}:${action.action_ts ?? ""}`;
  const fromHome = payload.view?.type === "home";
  const channel = payload.container?.channel_id ?? payload.channel?.id;
  const kind = fromHome || !channel || isDirect(channel) ? "direct" : "group";
  const conversationId = fromHome || !channel ? who.userId : channel;
  const ephemeral = payload.container?.is_ephemeral === true;
  const replyContext: SlackReplyContext = fromHome
    ? { surface: "home" }
    : {
        ...(channel ? { channel } : {}),
        ...(payload.container?.message_ts && !ephemeral ? { messageTs: payload.container.message_ts } : {}),
        ...(payload.response_url ? { responseUrl: payload.response_url } : {}),
      };
  return {
    event: {
      type: "card.action",
      eventId: `trigger:${dedupe}`,
      channel: PLATFORM,
      user: user(who),
      conversation: { id: conversationId, kind },
      actionId: fromSlackActionId(action.action_id),
      value: action.value ?? "",
    },
    target: target(who, conversationId, kind, replyContext),
  };
}

/** The App Home tab was opened: the bot's home card is published there. */
export function fromHomeOpened(eventId: string, who: Who): Normalized {
  return {
    event: {
      type: "card.action",
      eventId,
      channel: PLATFORM,
      user: user(who),
      conversation: { id: who.userId, kind: "direct" },
      actionId: "home.show",
      value: "open",
    },
    target: target(who, who.userId, "direct", { surface: "home" }),
  };
}

/** A modal submitted: values keyed by input id; the answer goes to the channel it was opened from, else a DM. */
export function fromFormSubmit(eventId: string, who: Who, formId: string, values: Record<string, string>, channel?: string): Normalized {
  const kind = !channel || isDirect(channel) ? "direct" : "group";
  const conversationId = channel ?? who.userId;
  return {
    event: { type: "card.submit", eventId, channel: PLATFORM, user: user(who), conversation: { id: conversationId, kind }, formId, values },
    target: target(who, conversationId, kind, channel ? { channel } : {}),
  };
}
