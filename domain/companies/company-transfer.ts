import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";

/**
 * Hands a customer (its page, contacts and future writes) to another owner and that owner's team:
 * the way to give access that the write rule's refusal points to. Admins transfer any customer;
 * managers their own team's. Existing deals stay with their owners.
 */
export async function transferCompany(db: Db, actor: Actor, companyId: string, newOwnerId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: companyId } });
    if (!before) throw new NotFoundError("company", companyId);
    const mayTransfer = actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null && actor.teamId === before.teamId);
    if (!mayTransfer) throw new PermissionDeniedError("transfer", "company", companyId);
    const owner = await tx.user.findFirst({ where: { id: newOwnerId, active: true } });
    if (!owner) throw new NotFoundError("user", newOwnerId);
    const after = await tx.company.update({ where: { id: companyId }, data: { ownerId: owner.id, teamId: owner.teamId } });
    await writeAudit(tx, actor, { action: "company.transfer", entityType: "company", entityId: companyId, before, after });
    return { company: after, owner };
  });
}
