import type { Db, DbOrTx, Tx } from "../shared/db.js";
import { toJson } from "../shared/json.js";
import { isUniqueViolation } from "../shared/unique-violation.js";

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
export async function claimAndDeliver(db: Db, claim: AlertClaim, now: Date, deliver: (tx: Tx, alertId: string) => Promise<number>): Promise<ClaimResult> {
  try {
    return await db.$transaction((tx) => claimIn(tx, claim, now, (alertId) => deliver(tx, alertId)));
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "duplicate" };
    throw error;
  }
}

/** Inside a transaction: insert the claim row first, deliver, then record the outcome. */
async function claimIn(tx: Tx, claim: AlertClaim, now: Date, deliver: (alertId: string) => Promise<number>): Promise<ClaimResult> {
  const alert = await tx.alert.create({
    data: {
      kind: claim.kind,
      subjectType: claim.subjectType,
      subjectId: claim.subjectId,
      periodKey: claim.periodKey,
      recipientId: claim.recipientId ?? null,
      payload: claim.payload === undefined ? null : toJson(claim.payload),
      // "sent" = queued in the outbox by this same transaction; it commits with the messages or not at all.
      status: "sent",
      createdAt: now,
      sentAt: now,
    },
    select: { id: true },
  });
  const delivered = await deliver(alert.id);
  // Nobody could be reached (no identity, no channel): kept as "undelivered" so it is not retried forever.
  if (delivered === 0) await tx.alert.update({ where: { id: alert.id }, data: { status: "undelivered" } });
  return { status: "sent", alertId: alert.id, delivered };
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

export interface BatchItem<T> {
  claim: AlertClaim;
  item: T;
}

/** Claims per transaction in a batch: short enough not to hold SQLite's write lock for long. */
const CHUNK = 50;

/**
 * Many claims, each chunk in ONE transaction (one commit instead of one per alert). If any claim of
 * a chunk was already taken, the whole chunk rolls back and its items are claimed one by one, so
 * the outcome is the same as claimAndDeliver for each: every period is sent exactly once.
 */
export async function claimBatch<T>(
  db: Db,
  items: BatchItem<T>[],
  now: Date,
  deliver: (tx: Tx, alertId: string, item: T) => Promise<number>,
): Promise<{ sent: number; duplicates: number }> {
  return claimInChunks(
    items,
    (chunk) =>
      db.$transaction(
        async (tx) => {
          for (const { claim, item } of chunk) await claimIn(tx, claim, now, (alertId) => deliver(tx, alertId, item));
        },
        { timeout: 60_000, maxWait: 30_000 },
      ),
    async ({ claim, item }) => (await claimAndDeliver(db, claim, now, (tx, alertId) => deliver(tx, alertId, item))).status,
  );
}

/**
 * The batching both claim paths share (Prisma here, prepared statements in
 * alert-claim-statements.ts): each chunk in one transaction; a chunk that meets a claim already
 * taken (a unique violation) rolls back and its items are claimed one at a time.
 */
export async function claimInChunks<T>(
  items: BatchItem<T>[],
  claimAll: (chunk: BatchItem<T>[]) => Promise<void>,
  claimOne: (item: BatchItem<T>) => Promise<"sent" | "duplicate">,
): Promise<{ sent: number; duplicates: number }> {
  const total = { sent: 0, duplicates: 0 };
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    try {
      await claimAll(chunk);
      total.sent += chunk.length;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      for (const item of chunk) {
        if ((await claimOne(item)) === "sent") total.sent++;
        else total.duplicates++;
      }
    }
  }
  return total;
}
