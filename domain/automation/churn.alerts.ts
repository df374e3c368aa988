import type { Db } from "../shared/db.js";
import { type AlertClaim, type ClaimResult, claimAndDeliver } from "./alert-claim.js";
import { type ChurnCandidate, type ChurnOptions, findChurnCandidates, setHealthScoreIn } from "./churn.scan.js";
import { type Deliver, type OutboxPort, outboxIn } from "./outbox-port.js";

/** The data side of the churn job: the scan, and the health score stored with the claim. */
export class ChurnAlerts {
  constructor(private readonly db: Db) {}

  /** Customers going quiet or with repeated tickets (churn.scan.ts). */
  scan(o: ChurnOptions): Promise<ChurnCandidate[]> {
    return findChurnCandidates(this.db, o);
  }

  /** Claims a candidate's alert; its health score (with an audit row) is stored in the same transaction, before the messages. */
  claim<R>(port: OutboxPort<R>, claim: AlertClaim, candidate: ChurnCandidate, now: Date, deliver: Deliver<R, void>): Promise<ClaimResult> {
    return claimAndDeliver(this.db, claim, now, async (tx, alertId) => {
      await setHealthScoreIn(tx, candidate);
      return deliver(outboxIn(port, tx, now), alertId);
    });
  }
}
