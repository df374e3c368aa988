import type { Stage } from "../pipeline/stage.service.js";
import type { Db } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { Notifier } from "../outbox/notifier.js";
import { claimBatchDirect, directOutbox, markAtRiskRow } from "./alert-claim-statements.js";
import { type AlertClaim, type BatchItem, type ClaimResult, claimAndDeliver, claimBatch } from "./alert-claim.js";
import { type Deliver, type OutboxPort, outboxIn } from "./outbox-port.js";
import { stalePeriodKey } from "./period-keys.js";
import { findNewlyStaleDeals, markAtRiskIn, type StaleDealCandidate, type StaleScanOptions } from "./stale-deal.scan.js";

/** A snoozed stale-deal alert whose snooze is over, with its deal if that deal is still stale. */
export interface DueSnooze {
  alert: { id: string; periodKey: string; snoozedUntil: Date };
  /** Null when the deal is gone, closed, no longer at risk or touched since: the snooze just expires. */
  deal: StaleDealCandidate | null;
}

/** The data side of the stale-deal job: the scan, the at-risk mark with the claim, and snoozes coming back. */
export class StaleDealAlerts {
  constructor(private readonly db: Db) {}

  /** Open deals past the threshold not yet marked at risk (stale-deal.scan.ts). */
  scan(stages: Stage[], o: StaleScanOptions): Promise<StaleDealCandidate[]> {
    return findNewlyStaleDeals(this.db, stages, o);
  }

  /**
   * Claims a batch of stale deals; with `markAtRisk` each deal is marked at risk (with its audit row)
   * in its claim's transaction, before its messages are queued.
   */
  claimBatch<R>(
    port: OutboxPort<R>,
    items: BatchItem<StaleDealCandidate>[],
    now: Date,
    markAtRisk: { days: number } | null,
    deliver: Deliver<R, StaleDealCandidate>,
  ): Promise<{ sent: number; duplicates: number }> {
    const direct = directSqlOf(this.db);
    if (direct && port instanceof Notifier) {
      return claimBatchDirect(direct, items, now, async (sql, alertId, deal) => {
        if (markAtRisk) await markAtRiskRow(sql, deal.id, { days: markAtRisk.days, lastActivityAt: deal.lastActivityAt });
        return deliver(directOutbox(sql, port, now), alertId, deal);
      });
    }
    return claimBatch(this.db, items, now, async (tx, alertId, deal) => {
      if (markAtRisk) await markAtRiskIn(tx, deal.id, { days: markAtRisk.days, lastActivityAt: deal.lastActivityAt });
      return deliver(outboxIn(port, tx, now), alertId, deal);
    });
  }

  /**
   * Deals alerted before whose claim was a duplicate (e.g. the deal was moved, which clears atRisk):
   * marks them at risk again, so the scan, which skips at-risk deals, moves on.
   */
  async keepMarked(dealIds: string[], days: number): Promise<void> {
    const stillClear = await this.db.deal.findMany({ where: { id: { in: dealIds }, atRisk: false }, select: { id: true, lastActivityAt: true } });
    for (const d of stillClear) await this.db.$transaction((tx) => markAtRiskIn(tx, d.id, { days, lastActivityAt: d.lastActivityAt }));
  }

  /** Snoozed alerts whose time has come (at most `limit`), each with its deal if still open, at risk and untouched. */
  async dueSnoozes(stages: Stage[], now: Date, limit: number): Promise<DueSnooze[]> {
    const due = await this.db.alert.findMany({
      where: { kind: "stale-deal", status: "snoozed", snoozedUntil: { lte: now } },
      take: limit,
    });
    if (due.length === 0) return [];
    const openIds = new Set(stages.filter((s) => s.kind === "open").map((s) => s.id));
    const deals = await this.db.deal.findMany({
      where: { id: { in: due.map((a) => a.subjectId) } },
      select: {
        id: true,
        number: true,
        title: true,
        amountMinor: true,
        currency: true,
        ownerId: true,
        teamId: true,
        lastActivityAt: true,
        stageId: true,
        atRisk: true,
        company: { select: { name: true } },
      },
    });
    const byId = new Map(deals.map((d) => [d.id, d]));
    return due.map((alert) => {
      const deal = byId.get(alert.subjectId);
      const stillStale = deal && openIds.has(deal.stageId) && deal.atRisk && alert.periodKey === stalePeriodKey(deal.id, deal.lastActivityAt);
      return { alert: { id: alert.id, periodKey: alert.periodKey, snoozedUntil: alert.snoozedUntil! }, deal: stillStale ? deal : null };
    });
  }

  /** A snooze whose deal is no longer stale ends without a message. */
  async expire(alertId: string): Promise<void> {
    await this.db.alert.updateMany({ where: { id: alertId, status: "snoozed" }, data: { status: "expired" } });
  }

  /** Claims the re-alert of a snoozed alert; the snoozed one is marked resumed in the same transaction. */
  resume<R>(port: OutboxPort<R>, snoozedAlertId: string, claim: AlertClaim, now: Date, deliver: Deliver<R, void>): Promise<ClaimResult> {
    return claimAndDeliver(this.db, claim, now, async (tx, alertId) => {
      await tx.alert.update({ where: { id: snoozedAlertId }, data: { status: "resumed" } });
      return deliver(outboxIn(port, tx, now), alertId);
    });
  }
}
