import { writeAudit } from "../audit/audit.service.js";
import type { Stage } from "../pipeline/stage.service.js";
import type { DbOrTx, Tx } from "../shared/db.js";
import { DAY_MS } from "./local-day.js";

export interface StaleDealCandidate {
  id: string;
  number: number;
  title: string;
  amountMinor: bigint;
  currency: string;
  ownerId: string;
  teamId: string | null;
  lastActivityAt: Date;
  company: { name: string };
}

export interface StaleScanOptions {
  now: Date;
  days: number;
  /** Major units (100000 = ¥100,000); compared with amountMinor / 100. */
  minAmount: number;
  limit: number;
}

/**
 * Open deals over the threshold with no activity for N days that are not yet marked at risk.
 * One range scan per open stage over Deal(stageId, atRisk, lastActivityAt, amountMinor): at-risk
 * deals are skipped by the index and the amount is checked inside it (no row is read for a deal under
 * the threshold), so the cost follows the quiet deals not yet flagged, not the table size.
 */
export async function findNewlyStaleDeals(db: DbOrTx, stages: Stage[], o: StaleScanOptions): Promise<StaleDealCandidate[]> {
  const cutoff = new Date(o.now.getTime() - o.days * DAY_MS);
  const minAmountMinor = BigInt(Math.round(o.minAmount * 100));
  const openIds = stages.filter((s) => s.kind === "open").map((s) => s.id);
  return db.deal.findMany({
    where: {
      stageId: { in: openIds },
      atRisk: false,
      lastActivityAt: { lt: cutoff },
      amountMinor: { gte: minAmountMinor },
    },
    select: {
      id: true,
      number: true,
      title: true,
      amountMinor: true,
      currency: true,
      ownerId: true,
      teamId: true,
      lastActivityAt: true,
      company: { select: { name: true } },
    },
    orderBy: { lastActivityAt: "asc" },
    take: o.limit,
  });
}

/** Marks a deal at risk on behalf of the system (no actor), with its audit row, inside the alert's transaction. */
export async function markAtRiskIn(tx: Tx, dealId: string, reason: { days: number; lastActivityAt: Date }): Promise<void> {
  const changed = await tx.deal.updateMany({ where: { id: dealId, atRisk: false }, data: { atRisk: true } });
  if (changed.count === 0) return;
  await writeAudit(tx, null, {
    action: "deal.at-risk",
    entityType: "deal",
    entityId: dealId,
    before: { atRisk: false },
    after: { atRisk: true, reason: "stale", days: reason.days, lastActivityAt: reason.lastActivityAt.toISOString() },
  });
}
