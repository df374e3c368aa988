import { writeAudit } from "../audit/audit.service.js";
import type { DbOrTx, Tx } from "../shared/db.js";
import { DAY_MS } from "./local-day.js";

export interface RenewalCandidate {
  id: string;
  number: number;
  title: string;
  endsAt: Date | null;
  ownerId: string;
  teamId: string | null;
  companyId: string;
  amountMinor: bigint;
  currency: string;
  company: { name: string };
}

/** Deals (any stage but lost) whose contract ends within `days`. Uses Deal(endsAt). */
export async function findRenewals(db: DbOrTx, o: { now: Date; days: number; lostStageIds: string[]; limit: number }): Promise<RenewalCandidate[]> {
  return db.deal.findMany({
    where: { endsAt: { gt: o.now, lte: new Date(o.now.getTime() + o.days * DAY_MS) }, stageId: { notIn: o.lostStageIds } },
    select: {
      id: true,
      number: true,
      title: true,
      endsAt: true,
      ownerId: true,
      teamId: true,
      companyId: true,
      amountMinor: true,
      currency: true,
      company: { select: { name: true } },
    },
    orderBy: { endsAt: "asc" },
    take: o.limit,
  });
}

/**
 * A follow-up an alert gives the owner (a renewal, a 催款), created by the system inside the alert's
 * transaction and audited with the reason.
 */
export async function createAlertFollowUpIn(
  tx: Tx,
  data: { title: string; dueAt: Date; ownerId: string; dealId: string; companyId: string },
  reason: "renewal" | "payment-overdue",
) {
  const followUp = await tx.followUp.create({ data });
  await writeAudit(tx, null, { action: "followup.schedule", entityType: "followup", entityId: followUp.id, after: { ...followUp, reason } });
  return followUp;
}
