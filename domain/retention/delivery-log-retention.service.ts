import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";

/**
 * How long the delivery logs keep what they hold.
 * - payloadDays: finished inbound events (ProcessedEvent "processed"/"failed") and finished
 *   outgoing messages (OutboxMessage "sent"/"failed") lose their payload, i.e. the message text,
 *   after this many days. Nothing reads a finished payload again; it is only kept a while to
 *   diagnose a delivery problem.
 * - keyDays: finished ProcessedEvent rows (the dedupe keys) and finished OutboxMessage rows are
 *   deleted after this many days. Platforms retry within minutes to hours (Slack ~1 h, WeCom and
 *   DingTalk seconds), so a key a month old never meets a retry; a change applied twice would
 *   still be refused by AuditLog.sourceEventKey, which is kept.
 * Rows not finished ("received" inbound events awaiting resume, "pending"/"sending" outgoing
 * messages) are never touched, whatever their age.
 */
export interface DeliveryRetentionPolicy {
  payloadDays: number;
  keyDays: number;
}

export const DEFAULT_DELIVERY_RETENTION: DeliveryRetentionPolicy = { payloadDays: 7, keyDays: 30 };

export interface DeliveryPruneResult {
  inboxPayloadsDropped: number;
  inboxKeysDeleted: number;
  outboxPayloadsDropped: number;
  outboxRowsDeleted: number;
}

const DAY = 86_400_000;
const FINISHED_INBOUND = ["processed", "failed"];
const FINISHED_OUTBOUND = ["sent", "failed"];
/** What a finished outbox row keeps instead of its message (the column is NOT NULL). */
const DROPPED_PAYLOAD = "{}";

export class DeliveryLogRetention {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async prune(policy: DeliveryRetentionPolicy = DEFAULT_DELIVERY_RETENTION, now: Date = this.clock.now()): Promise<DeliveryPruneResult> {
    if (policy.payloadDays < 1 || policy.keyDays < policy.payloadDays) throw new Error("retention: need 1 <= payloadDays <= keyDays");
    const payloadBefore = new Date(now.getTime() - policy.payloadDays * DAY);
    const keyBefore = new Date(now.getTime() - policy.keyDays * DAY);
    const inboxKeys = await this.db.processedEvent.deleteMany({ where: { status: { in: FINISHED_INBOUND }, receivedAt: { lt: keyBefore } } });
    const inboxPayloads = await this.db.processedEvent.updateMany({
      where: { status: { in: FINISHED_INBOUND }, receivedAt: { lt: payloadBefore }, payload: { not: null } },
      data: { payload: null },
    });
    const outboxRows = await this.db.outboxMessage.deleteMany({ where: { status: { in: FINISHED_OUTBOUND }, createdAt: { lt: keyBefore } } });
    const outboxPayloads = await this.db.outboxMessage.updateMany({
      where: { status: { in: FINISHED_OUTBOUND }, createdAt: { lt: payloadBefore }, payload: { not: DROPPED_PAYLOAD } },
      // A platform's error text can quote the message.
      data: { payload: DROPPED_PAYLOAD, lastError: null },
    });
    return {
      inboxPayloadsDropped: inboxPayloads.count,
      inboxKeysDeleted: inboxKeys.count,
      outboxPayloadsDropped: outboxPayloads.count,
      outboxRowsDeleted: outboxRows.count,
    };
  }
}
