import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { enqueueOutbound, type OutboundMessage } from "../outbox/outbox.js";
import { finishEvent } from "../outbox/outbox-statements.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { insertClaim } from "./claim-statement.js";

export interface ClaimPolicy {
  now: Date;
  /**
   * A claim still "received" after this long belongs to a process that died (or hangs): a retry
   * of the event takes it over. Default 60 s.
   */
  staleAfterMs?: number;
  /**
   * Claims made before this instant were made by an earlier run of this process (one process per
   * database); a retry takes them over at once instead of waiting staleAfterMs.
   */
  startedAt?: Date;
  /** A "failed" event (unexpected error) may be retried by the platform until it has run this many times. Default 3. */
  maxAttempts?: number;
  /** Stored with the claim (the durable inbox keeps the event and its delivery target). */
  payload?: string;
}

export type ClaimOutcome = "claimed" | "taken-over" | "duplicate";

/**
 * Records a platform delivery before acting on it. Platforms deliver at least once, so the
 * unique (platform, eventId) row is what turns a retry into a no-op — also when two deliveries race.
 *
 * A retry is processed again (taken over) when the earlier attempt cannot finish any more:
 * - "received" and claimed before this process started, or longer than staleAfterMs ago;
 * - "failed" (an unexpected error) and fewer than maxAttempts runs so far.
 * Processing it again is safe: a change the earlier attempt already committed carries the event's
 * key (AuditLog.sourceEventKey) and refuses to be applied twice.
 */
export async function claimEvent(db: Db, platform: string, eventId: string, policy: ClaimPolicy = { now: new Date() }): Promise<ClaimOutcome> {
  const { now } = policy;
  const direct = directSqlOf(db);
  try {
    if (direct) await direct.writeOne((sql) => insertClaim(sql, { platform, eventId, payload: policy.payload ?? null }, now));
    else
      await db.processedEvent.create({
        data: { platform, eventId, status: "received", receivedAt: now, claimedAt: now, payload: policy.payload ?? null },
      });
    return "claimed";
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const row = await db.processedEvent.findUnique({ where: { platform_eventId: { platform, eventId } } });
  if (!row || !mayTakeOver(row, policy)) return "duplicate";
  // Conditional on the row being exactly as read: of two retries racing for it, one wins.
  const taken = await db.processedEvent.updateMany({
    where: { id: row.id, status: row.status, attempts: row.attempts },
    data: {
      status: "received",
      claimedAt: now,
      processedAt: null,
      attempts: { increment: 1 },
      ...(policy.payload !== undefined ? { payload: policy.payload } : {}),
    },
  });
  return taken.count === 1 ? "taken-over" : "duplicate";
}

function mayTakeOver(row: { status: string; attempts: number; claimedAt: Date | null; receivedAt: Date }, policy: ClaimPolicy): boolean {
  if (row.status === "failed") return row.attempts < (policy.maxAttempts ?? 3);
  if (row.status !== "received") return false;
  const claimedAt = row.claimedAt ?? row.receivedAt;
  if (policy.startedAt && claimedAt < policy.startedAt) return true;
  return policy.now.getTime() - claimedAt.getTime() >= (policy.staleAfterMs ?? 60_000);
}

/** A recorded event not finished yet, taken by this instance to work on (see takeUnfinished). */
export interface UnfinishedEvent {
  platform: string;
  eventId: string;
  /** The stored event and its delivery target, as recorded. */
  payload: string;
}

/**
 * The exactly-once record of inbound platform events (ProcessedEvent rows): recorded → processed
 * (or failed), with the replies queued in the outbox in the same transaction. The inbox is its
 * only user (bot/inbox.ts).
 */
export class EventLedger {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  claim(platform: string, eventId: string, policy: Omit<ClaimPolicy, "now"> = {}): Promise<ClaimOutcome> {
    return claimEvent(this.db, platform, eventId, { now: this.clock.now(), ...policy });
  }

  /** Answered before: a redelivery of it is a duplicate whatever else happens. */
  async isProcessed(platform: string, eventId: string): Promise<boolean> {
    const row = await this.db.processedEvent.findUnique({ where: { platform_eventId: { platform, eventId } }, select: { status: true } });
    return row?.status === "processed";
  }

  /**
   * Recorded before and not failed: a redelivery of it will be a duplicate, so whatever the
   * adapter would fetch for it (a file) need not be fetched again.
   */
  async isRecorded(platform: string, eventId: string): Promise<boolean> {
    const row = await this.db.processedEvent.findUnique({ where: { platform_eventId: { platform, eventId } }, select: { status: true } });
    return row !== null && row.status !== "failed";
  }

  /** Marks the event finished and queues its replies; both commit together or not at all. */
  async finish(platform: string, eventId: string, status: "processed" | "failed", replies: readonly OutboundMessage[] = []): Promise<void> {
    const now = this.clock.now();
    const direct = directSqlOf(this.db);
    if (direct && (await direct.write((sql) => finishEvent(sql, { platform, eventId, status }, replies, now)))) return;
    const update = { where: { platform_eventId: { platform, eventId } }, data: { status, processedAt: now } };
    if (replies.length === 0) {
      await this.db.processedEvent.update(update);
      return;
    }
    await this.db.$transaction(async (tx) => {
      for (const reply of replies) await enqueueOutbound(tx, reply, now);
      await tx.processedEvent.update(update);
    });
  }

  /**
   * Records an event already answered by the adapter itself (a message type the bot cannot read)
   * and queues that answer: a redelivery finds the row and is answered nothing.
   */
  async recordAnswered(platform: string, eventId: string, reply: OutboundMessage): Promise<"recorded" | "duplicate"> {
    const now = this.clock.now();
    try {
      await this.db.$transaction(async (tx) => {
        await tx.processedEvent.create({ data: { platform, eventId, status: "processed", receivedAt: now, processedAt: now } });
        await enqueueOutbound(tx, reply, now);
      });
      return "recorded";
    } catch (error) {
      if (isUniqueViolation(error)) return "duplicate";
      throw error;
    }
  }

  /**
   * Events recorded but not finished (the process stopped in between), oldest first. Each row is
   * claimed with a conditional update (receivedAt is bumped as a lease), so instances resuming at
   * the same time take each event once.
   */
  async takeUnfinished(options: { olderThanMs?: number } = {}): Promise<UnfinishedEvent[]> {
    const now = this.clock.now();
    const rows = await this.db.processedEvent.findMany({
      where: {
        status: "received",
        payload: { not: null },
        ...(options.olderThanMs !== undefined ? { receivedAt: { lt: new Date(now.getTime() - options.olderThanMs) } } : {}),
      },
      orderBy: { receivedAt: "asc" },
    });
    const taken: UnfinishedEvent[] = [];
    for (const row of rows) {
      const claim = await this.db.processedEvent.updateMany({
        where: { id: row.id, status: "received", receivedAt: row.receivedAt },
        data: { receivedAt: now },
      });
      if (claim.count === 1) taken.push({ platform: row.platform, eventId: row.eventId, payload: row.payload ?? "{}" });
    }
    return taken;
  }
}
