import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, Tx } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";

/**
 * The service rota. Agents are active users with `supportAgent = true`. A new ticket goes to the
 * next agent of the customer's team (Company.teamId); when that team has no agent, to the next of
 * all agents (one shared service desk). The last assignee per pool is stored in AssignmentCursor,
 * so the rotation survives restarts and is shared by every instance (it advances inside the
 * ticket's transaction).
 */
export async function nextAssignee(tx: Tx, teamId: string | null): Promise<string | null> {
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  let key = "ticket:all";
  let pool = teamId ? await tx.user.findMany({ where: { supportAgent: true, active: true, teamId }, orderBy: order, select: { id: true } }) : [];
  if (pool.length > 0) key = `ticket:team:${teamId}`;
  else pool = await tx.user.findMany({ where: { supportAgent: true, active: true }, orderBy: order, select: { id: true } });
  if (pool.length === 0) return null;
  const cursor = await tx.assignmentCursor.findUnique({ where: { key } });
  const last = pool.findIndex((u) => u.id === cursor?.lastUserId);
  const next = pool[(last + 1) % pool.length]!.id;
  await tx.assignmentCursor.upsert({ where: { key }, create: { key, lastUserId: next }, update: { lastUserId: next } });
  return next;
}

/** Admins put anyone on the rota; managers people of their own team. */
export async function setSupportAgent(db: Db, actor: Actor, userId: string, on: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new NotFoundError("user", userId);
    const allowed = actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null && actor.teamId === before.teamId);
    if (!allowed) throw new PermissionDeniedError("change the service rota of", "user", userId);
    const after = await tx.user.update({ where: { id: userId }, data: { supportAgent: on } });
    await writeAudit(tx, actor, {
      action: "user.support-agent",
      entityType: "user",
      entityId: userId,
      before: { supportAgent: before.supportAgent },
      after: { supportAgent: on },
    });
    return after;
  });
}
