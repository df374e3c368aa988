import type { DbOrTx } from "../../domain/shared/db.js";
import type { Reply } from "../types.js";
import type { DeliveryTarget } from "./channel-sender.js";

/** The stored form of one outgoing message (OutboxMessage.payload). */
export interface OutboundMessage {
  platform: string;
  target: DeliveryTarget;
  reply: Reply;
  /** Replace this earlier message (a CardPost.messageRef) instead of posting a new one. */
  updateRef?: string;
  /** Remember where this card was posted, so a later change of the record updates it everywhere. */
  cardFor?: { entityType: string; entityId: string };
}

/**
 * Writes an outgoing message into the outbox. Call it inside the transaction that made the
 * change, so the change and its announcement commit together; the OutboxWorker delivers it.
 */
export async function enqueueOutbound(tx: DbOrTx, message: OutboundMessage, now: Date): Promise<string> {
  const { platform, ...rest } = message;
  const row = await tx.outboxMessage.create({
    data: {
      platform,
      conversationId: conversationKey(message.target),
      payload: JSON.stringify(rest),
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  return row.id;
}

/** Queues an in-place update of every card posted for a record (an approval card in three group chats, say). */
export async function enqueueCardUpdates(
  tx: DbOrTx,
  entity: { entityType: string; entityId: string },
  reply: Reply,
  now: Date,
): Promise<number> {
  const posts = await tx.cardPost.findMany({ where: entity, orderBy: { createdAt: "asc" } });
  for (const post of posts) {
    await enqueueOutbound(
      tx,
      {
        platform: post.platform,
        target: { conversationId: post.conversationId, kind: "group" },
        reply,
        updateRef: post.messageRef,
      },
      now,
    );
  }
  return posts.length;
}

/** Messages to one chat are delivered in order; this is the key they are ordered by. */
export function conversationKey(target: DeliveryTarget): string {
  return target.kind === "direct" && target.platformUserId ? `user:${target.platformUserId}` : target.conversationId;
}
