import type { DbOrTx } from "../shared/db.js";

/**
 * Where a message goes. `replyContext` is opaque JSON owned by the adapter that received the
 * event (Slack response_url and message ts, DingTalk sessionWebhook, WeCom ResponseCode…);
 * it is stored with the outbox row so a retry after a restart can still use it.
 */
export interface OutboxTarget {
  conversationId: string;
  kind: "direct" | "group";
  /** The platform user the reply is for (private replies in groups, direct messages). */
  platformUserId?: string;
  tenantId?: string;
  replyContext?: unknown;
  /**
   * This reply is part `index` (from 0) of the `of` replies answering the inbound event, for a
   * platform that shows an answer only once it is whole (the WeCom smart bot's stream). `answer`
   * names the inbound event, so a channel that numbers choices numbers one answer's cards on.
   */
  answerPart?: { index: number; of: number; answer?: string };
}

/**
 * The stored form of one outgoing message (OutboxMessage.payload). The reply is the bot's
 * platform-neutral reply; the domain stores it as JSON and never reads it.
 */
export interface OutboundMessage<R = unknown> {
  platform: string;
  target: OutboxTarget;
  reply: R;
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
export async function enqueueCardUpdates(tx: DbOrTx, entity: { entityType: string; entityId: string }, reply: unknown, now: Date): Promise<number> {
  const posts = await tx.cardPost.findMany({ where: entity, orderBy: { createdAt: "asc" } });
  for (const post of posts) {
    await enqueueOutbound(
      tx,
      { platform: post.platform, target: { conversationId: post.conversationId, kind: "group" }, reply, updateRef: post.messageRef },
      now,
    );
  }
  return posts.length;
}

/** Messages to one chat are delivered in order; this is the key they are ordered by. */
export function conversationKey(target: OutboxTarget): string {
  return target.kind === "direct" && target.platformUserId ? `user:${target.platformUserId}` : target.conversationId;
}
