import { type AlertOutbox, type OutboxPort, outboxIn } from "../automation/outbox-port.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import type { OutboundMessage } from "./outbox.js";
import { dueRows, leaseRow, markSentRow } from "./outbox-statements.js";
import { directSqlOf } from "../shared/direct-sql.js";

/** One queued message as the outbox worker sees it. */
export interface OutboxRow {
  id: string;
  platform: string;
  conversationId: string;
  payload: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
}

/**
 * The outbox rows (OutboxMessage, CardPost) for the worker that delivers them. Rows are leased
 * with a conditional update, so two workers (or two instances) never send the same row at once.
 */
export class OutboxStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The caller's notifier on its own (outside any change's transaction): a notice after a change committed. */
  direct<R>(port: OutboxPort<R>, now: Date): AlertOutbox<R> {
    return outboxIn(port, this.db, now);
  }

  /** Messages waiting or in flight for these platforms, oldest first. */
  due(platforms: readonly string[], take: number): Promise<OutboxRow[]> {
    const direct = directSqlOf(this.db);
    if (direct) return direct.read((sql) => dueRows(sql, platforms, take));
    return this.db.outboxMessage.findMany({
      where: { status: { in: ["pending", "sending"] }, platform: { in: [...platforms] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, platform: true, conversationId: true, payload: true, status: true, attempts: true, nextAttemptAt: true },
    });
  }

  /** Takes the row for leaseMs, if it is still exactly as read; false when another worker was first. */
  async lease(row: OutboxRow, now: Date, leaseMs: number): Promise<boolean> {
    const direct = directSqlOf(this.db);
    if (direct) return direct.write((sql) => leaseRow(sql, row, now, leaseMs));
    const claimed = await this.db.outboxMessage.updateMany({
      where: { id: row.id, status: row.status, nextAttemptAt: row.nextAttemptAt },
      data: { status: "sending", nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    return claimed.count === 1;
  }

  /** Sent; a card posted for a record is remembered so a later change updates it in place. */
  async markSent(row: OutboxRow, message: Pick<OutboundMessage, "target" | "cardFor">, messageRef: string | undefined): Promise<void> {
    const direct = directSqlOf(this.db);
    if (direct && (await direct.write((sql) => markSentRow(sql, row, message, messageRef, this.clock.now())))) return;
    await this.db.$transaction(async (tx) => {
      await tx.outboxMessage.update({ where: { id: row.id }, data: { status: "sent", sentAt: this.clock.now(), lastError: null } });
      if (message.cardFor && messageRef) {
        await tx.cardPost.create({ data: { platform: row.platform, conversationId: message.target.conversationId, messageRef, ...message.cardFor } });
      }
    });
  }

  async markFailed(id: string, lastError: string): Promise<void> {
    await this.db.outboxMessage.update({ where: { id }, data: { status: "failed", lastError } });
  }

  async retryAt(id: string, at: Date, lastError: string): Promise<void> {
    await this.db.outboxMessage.update({ where: { id }, data: { status: "pending", nextAttemptAt: at, lastError } });
  }
}
