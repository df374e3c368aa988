import type { Db } from "../shared/db.js";
import { type AlertClaim, type ClaimResult, claimAndDeliver } from "./alert-claim.js";
import { type Deliver, type OutboxPort, outboxIn } from "./outbox-port.js";
import { createAlertFollowUpIn, findRenewals, type RenewalCandidate } from "./renewal.scan.js";

/** The follow-up a renewal alert created, for its card's button. */
export interface RenewalFollowUp {
  id: string;
}

/** The data side of the renewal job: the scan, and the owner's follow-up created with the claim. */
export class RenewalAlerts {
  constructor(private readonly db: Db) {}

  /** Deals whose contract ends within `days` (renewal.scan.ts). */
  scan(o: { now: Date; days: number; lostStageIds: string[]; limit: number }): Promise<RenewalCandidate[]> {
    return findRenewals(this.db, o);
  }

  /**
   * Claims a renewal alert; with `followUp` (its title is worded by the caller) the owner's
   * follow-up is created in the same transaction, before the messages, which may link to it.
   */
  claim<R>(
    port: OutboxPort<R>,
    claim: AlertClaim,
    deal: RenewalCandidate,
    followUp: { title: string; dueAt: Date } | null,
    now: Date,
    deliver: Deliver<R, RenewalFollowUp | null>,
  ): Promise<ClaimResult> {
    return claimAndDeliver(this.db, claim, now, async (tx, alertId) => {
      const created = followUp
        ? await createAlertFollowUpIn(tx, { ...followUp, ownerId: deal.ownerId, dealId: deal.id, companyId: deal.companyId }, "renewal")
        : null;
      return deliver(outboxIn(port, tx, now), alertId, created ? { id: created.id } : null);
    });
  }
}
