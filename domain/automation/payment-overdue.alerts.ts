import type { Db } from "../shared/db.js";
import { type AlertClaim, type ClaimResult, claimAndDeliver } from "./alert-claim.js";
import { DAY_MS } from "./local-day.js";
import { type Deliver, type OutboxPort, outboxIn } from "./outbox-port.js";
import { createAlertFollowUpIn } from "./renewal.scan.js";

export interface OverdueInstalment {
  id: string;
  seq: number;
  dueAt: Date;
  amountMinor: bigint;
  paidMinor: bigint;
  contract: {
    id: string;
    number: number;
    dealId: string;
    companyId: string;
    ownerId: string;
    teamId: string | null;
    currency: string;
    company: { name: string };
  };
}

/** The data side of the overdue-payment job: unpaid instalments past due, and the owner's 催款 follow-up. */
export class PaymentOverdueAlerts {
  constructor(private readonly db: Db) {}

  /**
   * Instalments not paid in full whose due day is more than `days` days ago, on contracts of deals
   * still won, oldest first, `limit` at most from `skip`. Uses Instalment(dueAt).
   */
  async scan(o: { now: Date; days: number; limit: number; skip?: number }): Promise<OverdueInstalment[]> {
    return this.db.instalment.findMany({
      where: {
        dueAt: { lt: new Date(o.now.getTime() - o.days * DAY_MS) },
        paidMinor: { lt: this.db.instalment.fields.amountMinor },
        contract: { deal: { stage: { kind: "won" } } },
      },
      include: {
        contract: {
          select: { id: true, number: true, dealId: true, companyId: true, ownerId: true, teamId: true, currency: true, company: { select: { name: true } } },
        },
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: o.limit,
      skip: o.skip ?? 0,
    });
  }

  /** Claims the alert; with `followUp` the owner's collection follow-up is created in the same transaction. */
  claim<R>(
    port: OutboxPort<R>,
    claim: AlertClaim,
    instalment: OverdueInstalment,
    followUp: { title: string; dueAt: Date } | null,
    now: Date,
    deliver: Deliver<R, { id: string } | null>,
  ): Promise<ClaimResult> {
    return claimAndDeliver(this.db, claim, now, async (tx, alertId) => {
      const c = instalment.contract;
      const data = followUp ? { ...followUp, ownerId: c.ownerId, dealId: c.dealId, companyId: c.companyId } : null;
      const created = data ? await createAlertFollowUpIn(tx, data, "payment-overdue") : null;
      return deliver(outboxIn(port, tx, now), alertId, created ? { id: created.id } : null);
    });
  }
}
