import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";

export interface HandOverResult {
  leaver: Person;
  successor: Person;
  moved: { deals: number; companies: number; followUps: number; tickets: number; approvals: number };
  /** Active managers of the leaver's team (told what moved). */
  managers: Person[];
}

interface Person {
  id: string;
  name: string;
  /** The language their messages are written in. */
  locale: string;
}

/**
 * A rep leaves: their open deals, customers, open follow-ups, open tickets and waiting approvals go
 * to the successor (and the successor's team), and the leaver is deactivated — all in one
 * transaction with one audit row listing what moved. Admins may hand over anyone; managers the
 * people of their own team.
 */
export async function handOverUser(db: Db, actor: Actor, leaverId: string, successorId: string): Promise<HandOverResult> {
  if (leaverId === successorId) throw new InvalidInputError("successor", "the same person");
  return db.$transaction(async (tx) => {
    const leaver = await tx.user.findFirst({ where: { id: leaverId, active: true } });
    if (!leaver) throw new NotFoundError("user", leaverId);
    const successor = await tx.user.findFirst({ where: { id: successorId, active: true } });
    if (!successor) throw new NotFoundError("user", successorId);
    const mayHandOver =
      actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null && actor.teamId === leaver.teamId && leaver.role !== "admin");
    if (!mayHandOver || actor.userId === leaverId) throw new PermissionDeniedError("hand over", "user", leaverId);

    const openStages = await tx.pipelineStage.findMany({ where: { kind: "open" }, select: { id: true } });
    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id);
    const deals = await ids(tx.deal.findMany({ where: { ownerId: leaverId, stageId: { in: openStages.map((s) => s.id) } }, select: { id: true } }));
    const companies = await ids(tx.company.findMany({ where: { ownerId: leaverId }, select: { id: true } }));
    const followUps = await ids(tx.followUp.findMany({ where: { ownerId: leaverId, done: false }, select: { id: true } }));
    const tickets = await ids(tx.ticket.findMany({ where: { assigneeId: leaverId, status: { in: ["open", "pending"] } }, select: { id: true } }));
    const approvals = await ids(tx.approval.findMany({ where: { approverId: leaverId, status: { in: ["pending", "waiting"] } }, select: { id: true } }));

    await tx.deal.updateMany({ where: { id: { in: deals } }, data: { ownerId: successorId, teamId: successor.teamId, version: { increment: 1 } } });
    await tx.contract.updateMany({ where: { dealId: { in: deals } }, data: { ownerId: successorId, teamId: successor.teamId } });
    await tx.company.updateMany({ where: { id: { in: companies } }, data: { ownerId: successorId, teamId: successor.teamId } });
    await tx.followUp.updateMany({ where: { id: { in: followUps } }, data: { ownerId: successorId } });
    await tx.ticket.updateMany({ where: { id: { in: tickets } }, data: { assigneeId: successorId } });
    await tx.approval.updateMany({ where: { id: { in: approvals } }, data: { approverId: successorId } });
    await tx.user.update({ where: { id: leaverId }, data: { active: false } });
    await writeAudit(tx, actor, {
      action: "user.leave",
      entityType: "user",
      entityId: leaverId,
      before: { active: true },
      after: { active: false, successorId, deals, companies, followUps, tickets, approvals },
    });
    const managers = leaver.teamId
      ? await tx.user.findMany({
          where: { teamId: leaver.teamId, role: "manager", active: true, id: { not: leaverId } },
          select: { id: true, name: true, locale: true },
        })
      : [];
    return {
      leaver: { id: leaver.id, name: leaver.name, locale: leaver.locale },
      successor: { id: successor.id, name: successor.name, locale: successor.locale },
      moved: { deals: deals.length, companies: companies.length, followUps: followUps.length, tickets: tickets.length, approvals: approvals.length },
      managers,
    };
  });
}
