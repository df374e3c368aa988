import type { Db } from "../shared/db.js";
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

  /** Many claims, a chunk per transaction (alert-claim.ts claimBatch). */
  claimBatch<R, T>(port: OutboxPort<R>, items: BatchItem<T>[], now: Date, deliver: Deliver<R, T>): Promise<{ sent: number; duplicates: number }> {
    return claimBatch(this.db, items, now, (tx, alertId, item) => deliver(outboxIn(port, tx, now), alertId, item));
  }
}
