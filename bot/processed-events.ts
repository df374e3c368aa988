import type { Db } from "../domain/shared/db.js";

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
  try {
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

export async function finishEvent(db: Db, platform: string, eventId: string, status: "processed" | "failed", now = new Date()): Promise<void> {
  await db.processedEvent.update({
    where: { platform_eventId: { platform, eventId } },
    data: { status, processedAt: now },
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
