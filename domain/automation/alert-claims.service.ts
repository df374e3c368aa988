import type { Db } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { Notifier } from "../outbox/notifier.js";
import { claimBatchDirect, directOutbox } from "./alert-claim-statements.js";
import { type AlertClaim, type BatchItem, type ClaimResult, claimAndDeliver, claimBatch, claimedKeys } from "./alert-claim.js";
import { type Deliver, type OutboxPort, outboxIn } from "./outbox-port.js";

/**
 * The exactly-once claims of alerts that change nothing but the outbox (SLA, overdue follow-ups,
 * digests); alert-claim.ts says how a claim works. Jobs that also change a record in the claim
 * (stale deals, churn, renewals) claim through their own service.
 */
export class AlertClaims {
  constructor(private readonly db: Db) {}

  /** Period keys already claimed for these subjects, so a scan skips them without a transaction each. */
  claimedKeys(kind: string, subjectIds: string[]): Promise<Set<string>> {
    return claimedKeys(this.db, kind, subjectIds);
  }

  /** Claims one alert and queues its messages through `port` in the same transaction. */
  claim<R>(port: OutboxPort<R>, claim: AlertClaim, now: Date, deliver: Deliver<R, void>): Promise<ClaimResult> {
    return claimAndDeliver(this.db, claim, now, (tx, alertId) => deliver(outboxIn(port, tx, now), alertId));
  }

  /**
   * Many claims, a chunk per transaction (alert-claim.ts claimBatch); with the hot statements on
   * (direct-sql.ts) the same rows by prepared statements: a digest queues hundreds of messages, and
   * each Prisma call costs more than the row it writes.
   */
  claimBatch<R, T>(port: OutboxPort<R>, items: BatchItem<T>[], now: Date, deliver: Deliver<R, T>): Promise<{ sent: number; duplicates: number }> {
    const direct = directSqlOf(this.db);
    if (direct && port instanceof Notifier) {
      return claimBatchDirect(direct, items, now, (sql, alertId, item) => deliver(directOutbox(sql, port as Notifier<R>, now), alertId, item));
    }
    return claimBatch(this.db, items, now, (tx, alertId, item) => deliver(outboxIn(port, tx, now), alertId, item));
  }
}
