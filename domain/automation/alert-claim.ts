import type { Db, DbOrTx, Tx } from "../shared/db.js";

export interface AlertClaim {
  kind: string;
  subjectType: string;
  subjectId: string;
  /** e.g. "digest:team:<teamId>:2026-11-24" — unique per (kind, subject); the row is the claim. */
  periodKey: string;
  recipientId?: string | null;
  payload?: unknown;
}

export type ClaimResult = { status: "sent"; alertId: string; delivered: number } | { status: "duplicate" };

/**
 * Exactly-once delivery: the Alert row is inserted FIRST in the transaction that also queues the
 * messages (and makes any change, e.g. atRisk). A unique violation means another run, instance or
 * an earlier process already claimed this period: nothing is written and nothing is sent.
 * Inserting first also takes SQLite's write lock at once, so two instances queue instead of deadlocking.
 */
export async function claimAndDeliver(
  db: Db,
  claim: AlertClaim,
  now: Date,
  deliver: (tx: Tx, alertId: string) => Promise<number>,
): Promise<ClaimResult> {
  try {
    return await db.$transaction(async (tx) => {
      const alert = await tx.alert.create({
        data: {
          kind: claim.kind,
          subjectType: claim.subjectType,
          subjectId: claim.subjectId,
          periodKey: claim.periodKey,
          recipientId: claim.recipientId ?? null,
          payload: claim.payload === undefined ? null : JSON.stringify(claim.payload, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
          status: "pending",
          createdAt: now,
        },
        select: { id: true },
      });
      const delivered = await deliver(tx, alert.id);
      // "undelivered": nobody could be reached (no identity, no channel); kept so it is not retried forever.
      await tx.alert.update({ where: { id: alert.id }, data: { status: delivered > 0 ? "sent" : "undelivered", sentAt: now } });
      return { status: "sent" as const, alertId: alert.id, delivered };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "duplicate" };
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/** Period keys already claimed for these subjects, in one query (so a scan skips them without a transaction each). */
export async function claimedKeys(db: DbOrTx, kind: string, subjectIds: string[]): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const keys = new Set<string>();
  // Chunks keep the IN list under SQLite's and PostgreSQL's parameter limits.
  for (let i = 0; i < subjectIds.length; i += 500) {
    const rows = await db.alert.findMany({
      where: { kind, subjectId: { in: subjectIds.slice(i, i + 500) } },
      select: { periodKey: true },
    });
    for (const row of rows) keys.add(row.periodKey);
  }
  return keys;
}
