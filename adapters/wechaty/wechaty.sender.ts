import { readFile } from "node:fs/promises";
import { FileBox } from "file-box";
import type * as WECHATY from "wechaty";
import { type ChannelCapabilities, type ChannelSender, DeliveryError, type DeliveryTarget, type SentMessage } from "../../bot/delivery/channel-sender.js";
import type { NumberedChoices } from "../../domain/delivery/numbered-choices.js";
import type { Reply } from "../../bot/types.js";
import { renderChatText } from "./render-chat-text.js";

export const WECHATY_PLATFORM = "wechaty";

/**
 * Delivers replies as WeChat text through the running Wechaty bot. Cards become text with
 * numbered choices that are remembered, so a reply of just the number presses the button.
 */
export class WechatySender implements ChannelSender {
  readonly platform = WECHATY_PLATFORM;
  // Numbered choices are answered in a direct chat only.
  readonly capabilities: ChannelCapabilities = { updateInPlace: false, buttonlessGroups: "^" };

  constructor(
    private readonly wechaty: () => WECHATY.Wechaty,
    private readonly choices: NumberedChoices,
  ) {}

  async send(target: DeliveryTarget, reply: Reply): Promise<SentMessage> {
    const bot = this.wechaty();
    // Not logged in yet (or logged out): the outbox retries with backoff until the session is back.
    if (!bot.isLoggedIn) throw new DeliveryError("TEMPORARY", "wechaty is not logged in");
    const { choices } = renderChatText(reply);
    // A private reply in a group goes to the person's direct chat, where their number answer arrives too.
    const direct = target.kind === "direct" || (reply.visibility === "private" && target.platformUserId !== undefined);
    const personId = target.platformUserId ?? (target.kind === "direct" ? target.conversationId : undefined);
    const chatId = direct ? (personId ?? target.conversationId) : target.conversationId;
    const key = { platform: this.platform, conversationId: chatId, ...(personId ? { platformUserId: personId } : {}) };
    const firstNumber = choices.length > 0 ? await this.choices.remember(key, choices, target.answerPart?.answer) : 1;
    const { text } = renderChatText(reply, firstNumber);
    if (!text && !reply.attachment) throw new DeliveryError("PAYLOAD_REJECTED", "empty reply");
    const file = reply.attachment ? await fileBoxOf(reply.attachment) : undefined;

    if (direct) {
      const contact = await bot.Contact.find({ id: chatId });
      if (!contact) throw new DeliveryError("TARGET_NOT_FOUND", `wechaty contact ${chatId} not found`);
      const sent = text ? messageRef(await contact.say(text)) : {};
      if (file) await contact.say(file);
      return sent;
    }
    const room = await bot.Room.find({ id: chatId });
    if (!room) throw new DeliveryError("TARGET_NOT_FOUND", `wechaty room ${chatId} not found`);
    // In a busy group the @mention shows whom the answer is for.
    const person = personId ? await bot.Contact.find({ id: personId }) : undefined;
    const sent = text ? messageRef(person ? await room.say(text, person) : await room.say(text)) : {};
    if (file) await room.say(file);
    return sent;
  }
}

/**
 * A base64 FileBox rather than fromFile: puppets that run elsewhere (and the mock) serialize the
 * box, which works only for in-memory kinds. A vanished file cannot get better by retrying.
 */
async function fileBoxOf(attachment: NonNullable<Reply["attachment"]>): Promise<FileBox> {
  let data: Buffer;
  try {
    data = await readFile(attachment.path);
  } catch (error) {
    throw new DeliveryError("PAYLOAD_REJECTED", `attachment unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  return FileBox.fromBase64(data.toString("base64"), attachment.fileName);
}

function messageRef(message: WECHATY.Message | void): SentMessage {
  return message ? { messageRef: message.id } : {};
}
