import type { Card, CardBlock } from "../../cards/model.js";
import type { Reply } from "../types.js";

/** Waiting replies of one batch for one chat go as one message from this many on (a burst of alerts). */
export const BATCH_MIN = 3;
/** At most this many in one message, so it stays readable and within every platform's size limits. */
export const BATCH_MAX = 20;

/** The batch a reply may join (Reply.batch), or undefined. */
export function batchKeyOf(reply: Reply): string | undefined {
  return reply.batch?.key;
}

/**
 * One message for several replies of a batch: a card titled with the batch's title and the count,
 * each reply a section (its card's title, fields and text). Buttons are left out: the batch is the
 * team chat's overview, and each alert's owner has the card with its buttons in a direct chat.
 */
export function mergeReplies(replies: readonly Reply[]): Reply {
  const title = `${replies[0]?.batch?.title ?? "🔔"} (${replies.length})`;
  const blocks: CardBlock[] = [];
  replies.forEach((reply, index) => {
    if (index > 0) blocks.push({ type: "divider" });
    blocks.push({ type: "text", text: sectionOf(reply) });
  });
  return { card: { title, blocks } satisfies Card };
}

function sectionOf(reply: Reply): string {
  const lines: string[] = [];
  if (reply.text) lines.push(reply.text);
  const card = reply.card;
  if (card) {
    lines.push(card.subtitle ? `${card.title} · ${card.subtitle}` : card.title);
    for (const block of card.blocks) {
      if (block.type === "fields") lines.push(block.fields.map((f) => `${f.label}: ${f.value}`).join(" · "));
      if (block.type === "text") lines.push(block.text);
    }
  }
  return lines.join("\n");
}
