import type * as WECHATY from "wechaty";
import type { DeliveryTarget } from "../../bot/delivery/channel-sender.js";
import { WECHATY_PLATFORM } from "./wechaty.sender.js";

/** Some puppets replay recent history after login; older messages were answered (or missed) long ago. */
export const MAX_MESSAGE_AGE_SECONDS = 10 * 60;

/**
 * wechaty-puppet's enum values, spelled out so this module needs only the types of wechaty:
 * loading wechaty takes about two seconds, which every start without Wechaty would pay.
 */
export const MESSAGE_TYPE = {
  Attachment: 1,
  Audio: 2,
  Contact: 3,
  ChatHistory: 4,
  Emoticon: 5,
  Image: 6,
  Text: 7,
  Location: 8,
  MiniProgram: 9,
  Url: 14,
  Video: 15,
} as const satisfies Partial<Record<keyof typeof WECHATY.types.Message, WECHATY.types.Message>>;
export const CONTACT_TYPE_OFFICIAL = 2 satisfies WECHATY.types.Contact;

// What a person sent that we cannot read (as opposed to system notices, recalls and red envelopes).
const CONTENT_TYPES = new Set<number>(Object.values(MESSAGE_TYPE).filter((t) => t !== MESSAGE_TYPE.Text));

export interface WechatyOrigin {
  eventId: string;
  channel: typeof WECHATY_PLATFORM;
  user: { platformUserId: string; displayName?: string };
  conversation: { id: string; kind: "direct" | "group" };
  target: DeliveryTarget;
}

export type ReadMessage =
  | { kind: "skip"; reason: string }
  /** A file (Attachment) in a direct chat: a spreadsheet to import, fetched with message.toFileBox(). */
  | { kind: "file"; origin: WechatyOrigin }
  /** Media in a direct chat: answered with a short "text only" note. */
  | { kind: "non-text"; origin: WechatyOrigin }
  | { kind: "text"; origin: WechatyOrigin; text: string };

/**
 * Normalizes one Wechaty message: direct text, and group text only when the bot is @mentioned
 * (the mention is removed). The bot's own messages, official accounts and replays are skipped.
 */
export async function readMessage(message: WECHATY.Message): Promise<ReadMessage> {
  if (message.self()) return { kind: "skip", reason: "own message" };
  if (message.age() > MAX_MESSAGE_AGE_SECONDS) return { kind: "skip", reason: "old message" };
  const talker = message.talker();
  if (talker.type() === CONTACT_TYPE_OFFICIAL) return { kind: "skip", reason: "official account" };
  const room = message.room();
  const name = talker.name();
  const origin: WechatyOrigin = {
    eventId: message.id,
    channel: WECHATY_PLATFORM,
    user: { platformUserId: talker.id, ...(name ? { displayName: name } : {}) },
    conversation: room ? { id: room.id, kind: "group" } : { id: talker.id, kind: "direct" },
    target: room
      ? { conversationId: room.id, kind: "group", platformUserId: talker.id }
      : { conversationId: talker.id, kind: "direct", platformUserId: talker.id },
  };

  if (message.type() === MESSAGE_TYPE.Attachment && !room) return { kind: "file", origin };
  if (message.type() !== MESSAGE_TYPE.Text) {
    return !room && CONTENT_TYPES.has(message.type()) ? { kind: "non-text", origin } : { kind: "skip", reason: "not text" };
  }
  if (!room) return { kind: "text", origin, text: withoutQuote(message.text()) };
  if (!(await message.mentionSelf())) return { kind: "skip", reason: "group message without mention" };
  return { kind: "text", origin, text: await withoutSelfMention(message, room, withoutQuote(message.text())) };
}

// WeChat's "quote" reply arrives as 「name：quoted text」, a dashed line, then what was typed.
const QUOTE = /^「[\s\S]*」\s*\n\s*-(?: -)+\s*\n/u;

/** What the person typed under a quoted message (a quoted card answered with "2" is a choice). */
export function withoutQuote(text: string): string {
  return text.replace(QUOTE, "");
}

/** Removes "@<bot name>" (or the bot's alias in that group) followed by WeChat's \u2005 separator. */
async function withoutSelfMention(message: WECHATY.Message, room: WECHATY.Room, typed: string): Promise<string> {
  const self = message.wechaty.currentUser;
  const names = [await room.alias(self), self.name()].filter((n): n is string => Boolean(n));
  let text = typed;
  for (const name of names) {
    text = text.replace(new RegExp(`@${escapeRegExp(name)}(?:\u2005|\\s|$)`, "gu"), " ");
  }
  return text.trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
