import type { Actor } from "../shared/actor.js";
import type { Tx } from "../shared/db.js";
import type { DealService } from "../deals/deal.service.js";
import type { StageService } from "../pipeline/stage.service.js";
import type { ApproverRole } from "./approval-policy.js";
import { NotFoundError } from "../shared/errors.js";
import { NoApproverError } from "./quote.errors.js";
import { mayWriteCustomer } from "../users/customer-access.js";

/**
 * Who approves a step. "manager": the owner's manager (User.managerId) if set, else the first
 * active manager of the owner's team; "director": the first active admin. Nobody approves their
 * own quote or two steps of the same quote while someone else can; a missing manager falls back
 * to an admin so a quote never gets stuck.
 */
export async function resolveApprovers(
  tx: Tx,
  owner: { id: string; teamId: string | null; managerId: string | null },
  roles: readonly ApproverRole[],
): Promise<string[]> {
  const chosen: string[] = [];
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  for (const role of roles) {
    const taken = [owner.id, ...chosen];
    let approverId: string | undefined;
    if (role === "manager") {
      const direct = owner.managerId ? await tx.user.findFirst({ where: { id: owner.managerId, active: true } }) : null;
      if (direct && !taken.includes(direct.id)) approverId = direct.id;
      if (!approverId && owner.teamId) {
        const manager = await tx.user.findFirst({ where: { teamId: owner.teamId, role: "manager", active: true, id: { notIn: taken } }, orderBy: order });
        approverId = manager?.id;
      }
    }
    if (!approverId) {
      const admin =
        (await tx.user.findFirst({ where: { role: "admin", active: true, id: { notIn: taken } }, orderBy: order })) ??
        (await tx.user.findFirst({ where: { role: "admin", active: true, id: { not: owner.id } }, orderBy: order }));
      approverId = admin?.id;
    }
    if (!approverId) throw new NoApproverError(role);
    chosen.push(approverId);
  }
  return chosen;
}

/**
 * The quote's deal goes to Negotiation once the quote is approved, unless it is already there,
 * further on, or closed. Runs as the approver when allowed, else on the owner's behalf.
 */
export async function moveDealToNegotiation(
  tx: Tx,
  deals: DealService,
  stages: StageService,
  dealId: string | null,
  actors: { approver: Actor; owner: Actor },
): Promise<boolean> {
  if (!dealId) return false;
  const deal = await tx.deal.findUnique({ where: { id: dealId }, include: { stage: true, company: true } });
  // A pipeline configured without a Negotiation stage still approves quotes; the deal just stays.
  const target = await stages.resolve("negotiation", tx).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!target || !deal || deal.stage.kind !== "open" || deal.stage.position >= target.position) return false;
  const mayMove =
    actors.approver.role === "admin" || (actors.approver.role === "manager" && actors.approver.teamId !== null && actors.approver.teamId === deal.teamId);
  const mover = mayMove ? actors.approver : actors.owner;
  // A customer transferred to another team since the deal was opened: the approval stands, the deal stays.
  if (!mayWriteCustomer(mover, deal.company)) return false;
  await deals.moveIn(tx, mover, dealId, target);
  return true;
}
