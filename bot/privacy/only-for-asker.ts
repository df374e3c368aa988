import type { TurnContext } from "../context.js";
import { P } from "../i18n/privacy-messages.js";
import type { Reply } from "../types.js";

/**
 * Replies that show a record's amounts, phones or emails: in a group chat only the person who
 * asked sees them (Slack ephemeral, a direct message elsewhere) and the group gets a short note,
 * since not everyone in a group may see every deal or contact. In a direct chat they are unchanged.
 * Where the channel cannot reach the asker privately, the group is told to ask in a direct chat.
 */
export function onlyForAsker(ctx: TurnContext, replies: Reply[]): Reply[] {
  if (ctx.event.conversation.kind !== "group") return replies;
  // A channel that can only answer in the chat asked from (the WeCom smart bot's webhook mode).
  if (!ctx.notifier.canReplyPrivately(ctx.event.channel)) return [{ text: P.askDirectly[ctx.locale](ctx.user.name) }];
  return [{ text: P.sentPrivately[ctx.locale](ctx.user.name) }, ...replies.map((reply) => ({ ...reply, visibility: "private" as const }))];
}
