import type { Actor } from "../shared/actor.js";
import type { DbOrTx } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { canViewShared } from "./permissions.js";

/**
 * The one write rule for a customer and everything recorded about it (activities, deals, follow-ups,
 * tickets, quotes, contacts): what the actor's team may see, it may write. Admins write on every
 * customer; managers and reps on their own team's customers, the ones they own, and customers of no
 * team. Changing a deal itself (stage, amount, won/lost) additionally needs `canChange` on the deal.
 */
export function mayWriteCustomer(actor: Actor, company: { teamId: string | null; ownerId?: string | null }): boolean {
  return canViewShared(actor, company);
}

/** Refused write on another team's customer: says whose it is and whom to ask, so the rep can get access. */
export class CustomerAccessDeniedError extends PermissionDeniedError {
  constructor(
    readonly company: { id: string; name: string },
    readonly ownerName: string | null,
    readonly teamName: string | null,
    /** The owning team's managers, who (like any admin) can transfer the customer. */
    readonly managerNames: string[],
  ) {
    super("write on", "company", company.id);
  }
}

/** Throws CustomerAccessDeniedError unless the actor may write on every one of these customers. */
export async function assertMayWriteCustomers(db: DbOrTx, actor: Actor, companyIds: readonly (string | null | undefined)[]): Promise<void> {
  if (actor.role === "admin") return;
  for (const companyId of new Set(companyIds.filter((id): id is string => typeof id === "string" && id.length > 0))) {
    const company = await db.company.findUnique({ where: { id: companyId } });
    if (!company) throw new NotFoundError("company", companyId);
    if (mayWriteCustomer(actor, company)) continue;
    const [owner, team, managers] = await Promise.all([
      company.ownerId ? db.user.findUnique({ where: { id: company.ownerId }, select: { name: true } }) : null,
      company.teamId ? db.team.findUnique({ where: { id: company.teamId }, select: { name: true } }) : null,
      db.user.findMany({ where: { teamId: company.teamId, role: "manager", active: true }, select: { name: true }, orderBy: { createdAt: "asc" }, take: 3 }),
    ]);
    throw new CustomerAccessDeniedError(
      { id: company.id, name: company.name },
      owner?.name ?? null,
      team?.name ?? null,
      managers.map((m) => m.name),
    );
  }
}
