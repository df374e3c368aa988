import { type ChangeScope, changeScope } from "../outbox/change-scope.js";
import { setSupportAgent } from "./support-rota.js";
import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { canChange, canViewShared } from "../users/permissions.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";
import { refreshCustomerHealth } from "../companies/customer-health.js";
import { nextAssignee } from "./support-rota.js";
import { nextNumber } from "../shared/next-number.js";
import { validate } from "../shared/validate.js";

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Time to first answer per priority; "high not answered within 2 hours" escalates. */
export const SLA_HOURS: Record<TicketPriority, number> = { urgent: 1, high: 2, normal: 8, low: 24 };

export const ticketInputSchema = z.object({
  companyId: z.string().min(1),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).default(""),
  priority: z.enum(TICKET_PRIORITIES).default("normal"),
  contactId: z.string().min(1).optional(),
  assigneeId: z.string().min(1).optional(),
});
export type TicketInput = z.input<typeof ticketInputSchema>;

/** open → pending (someone started on it) → resolved → closed; a resolved ticket can be started again. */
export const TICKET_STATUSES = ["open", "pending", "resolved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
const ALLOWED_FROM: Record<Exclude<TicketStatus, "open">, TicketStatus[]> = {
  pending: ["open", "resolved"],
  resolved: ["open", "pending"],
  closed: ["open", "pending", "resolved"],
};

type TicketWithCompany = Awaited<ReturnType<TicketService["get"]>>;
/** Runs inside the ticket's transaction (announcements commit with the change). */
export type TicketEventHandler = (scope: ChangeScope, ticket: TicketWithCompany, change: { from: string | null; to: string }) => Promise<void>;
const ignore: TicketEventHandler = async () => {};

export class TicketService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Raises a ticket; without an explicit assignee the service rota picks the next agent. */
  async raise(actor: Actor, input: TicketInput, onEvent: TicketEventHandler = ignore) {
    const data = validate(ticketInputSchema, input);
    return this.db.$transaction(async (tx) => {
      const company = await tx.company.findUnique({ where: { id: data.companyId } });
      if (!company) throw new NotFoundError("company", data.companyId);
      // Service-desk agents serve every team's customers (the rota hands them any team's tickets).
      const me = await tx.user.findUnique({ where: { id: actor.userId }, select: { supportAgent: true } });
      if (!me?.supportAgent) await assertMayWriteCustomers(tx, actor, [company.id]);
      const now = this.clock.now();
      const ticket = await tx.ticket.create({
        data: {
          number: await nextNumber(tx, "ticket"),
          title: data.title,
          description: data.description,
          companyId: company.id,
          contactId: data.contactId ?? null,
          priority: data.priority,
          slaDueAt: new Date(now.getTime() + SLA_HOURS[data.priority] * 3_600_000),
          assigneeId: data.assigneeId ?? (await nextAssignee(tx, company.teamId)),
          reporterId: actor.userId,
          createdAt: now,
        },
        include: { company: true },
      });
      await writeAudit(tx, actor, { action: "ticket.raise", entityType: "ticket", entityId: ticket.id, after: ticket });
      await onEvent(changeScope(tx), ticket, { from: null, to: "open" });
      return ticket;
    });
  }

  async get(id: string, db: Db | Tx = this.db) {
    const ticket = await db.ticket.findUnique({ where: { id }, include: { company: true } });
    if (!ticket) throw new NotFoundError("ticket", id);
    return ticket;
  }

  /** Puts a user on or off the service desk rota (tickets/support-rota.ts). */
  setSupportAgent(actor: Actor, userId: string, on: boolean) {
    return setSupportAgent(this.db, actor, userId, on);
  }

  async getByNumber(number: number) {
    const ticket = await this.db.ticket.findUnique({ where: { number }, include: { company: true } });
    if (!ticket) throw new NotFoundError("ticket", String(number));
    return ticket;
  }

  /**
   * A ticket by its number for this actor. Numbers are sequential and guessable, so every read by
   * number checks the ticket's customer: the same rule as the company page (its team and admins),
   * plus the reporter, the assignee and service-desk agents (who serve every team's customers).
   */
  async getVisibleByNumber(actor: Actor, number: number) {
    const ticket = await this.getByNumber(number);
    if (actor.userId === ticket.reporterId || actor.userId === ticket.assigneeId || canViewShared(actor, ticket.company)) return ticket;
    const me = await this.db.user.findUnique({ where: { id: actor.userId }, select: { supportAgent: true } });
    if (me?.supportAgent) return ticket;
    throw new PermissionDeniedError("view", "ticket", ticket.id);
  }

  /**
   * Moves a ticket along (start / resolve / close). The first move out of "open" records the first
   * response time; closing stamps closedAt. Guarded on the status read, so two clicks make one change.
   */
  async setStatus(actor: Actor, ticketId: string, to: Exclude<TicketStatus, "open">, onEvent: TicketEventHandler = ignore) {
    if (!(to in ALLOWED_FROM)) throw new InvalidInputError("status", to);
    return this.db.$transaction(async (tx) => {
      const before = await this.get(ticketId, tx);
      await this.assertMayWork(tx, actor, before);
      if (before.status === to) return before;
      if (!ALLOWED_FROM[to].includes(before.status as TicketStatus)) throw new ConflictError("ticket", ticketId);
      const now = this.clock.now();
      const changed = await tx.ticket.updateMany({
        where: { id: ticketId, status: before.status },
        data: {
          status: to,
          firstResponseAt: before.firstResponseAt ?? now,
          ...(to === "closed" ? { closedAt: now } : {}),
          // Someone who starts an unassigned ticket takes it.
          ...(before.assigneeId === null && to === "pending" ? { assigneeId: actor.userId } : {}),
        },
      });
      if (changed.count === 0) throw new ConflictError("ticket", ticketId);
      const after = await this.get(ticketId, tx);
      await writeAudit(tx, actor, {
        action: `ticket.${to === "pending" ? "start" : to === "resolved" ? "resolve" : "close"}`,
        entityType: "ticket",
        entityId: ticketId,
        before,
        after,
      });
      await refreshCustomerHealth(tx, actor, after.companyId, now);
      await onEvent(changeScope(tx), after, { from: before.status, to });
      return after;
    });
  }

  /**
   * A new priority; the SLA deadline is counted again from when the ticket was raised (a ticket
   * raised 3 hours ago and made urgent is overdue at once, and the SLA rule escalates it).
   */
  async setPriority(actor: Actor, ticketId: string, priority: string) {
    const to = validate(z.enum(TICKET_PRIORITIES), priority);
    return this.db.$transaction(async (tx) => {
      const before = await this.get(ticketId, tx);
      await this.assertMayWork(tx, actor, before);
      if (before.priority === to) return before;
      await tx.ticket.update({ where: { id: ticketId }, data: { priority: to, slaDueAt: new Date(before.createdAt.getTime() + SLA_HOURS[to] * 3_600_000) } });
      const after = await this.get(ticketId, tx);
      await writeAudit(tx, actor, { action: "ticket.priority", entityType: "ticket", entityId: ticketId, before, after });
      return after;
    });
  }

  /** Gives an open ticket to someone else (active); anyone who may work on it may. */
  async assign(actor: Actor, ticketId: string, assigneeId: string) {
    return this.db.$transaction(async (tx) => {
      const before = await this.get(ticketId, tx);
      await this.assertMayWork(tx, actor, before);
      if (before.status === "closed") throw new ConflictError("ticket", ticketId);
      const assignee = await tx.user.findUnique({ where: { id: assigneeId } });
      if (!assignee || !assignee.active) throw new NotFoundError("user", assigneeId);
      if (before.assigneeId === assigneeId) return before;
      await tx.ticket.update({ where: { id: ticketId }, data: { assigneeId } });
      const after = await this.get(ticketId, tx);
      await writeAudit(tx, actor, { action: "ticket.assign", entityType: "ticket", entityId: ticketId, before, after });
      return after;
    });
  }

  /** The customer's satisfaction (1–5) for a closed ticket, recorded once; it feeds the company's health. */
  async recordCsat(actor: Actor, ticketId: string, score: number, comment?: string) {
    if (!Number.isInteger(score) || score < 1 || score > 5) throw new InvalidInputError("score", "1-5");
    return this.db.$transaction(async (tx) => {
      const before = await this.get(ticketId, tx);
      await this.assertMayWork(tx, actor, before);
      if (before.status !== "closed") throw new ConflictError("ticket", ticketId);
      const changed = await tx.ticket.updateMany({
        where: { id: ticketId, csatScore: null },
        data: { csatScore: score, ...(comment?.trim() ? { csatComment: comment.trim().slice(0, 2000) } : {}) },
      });
      if (changed.count === 0) throw new ConflictError("ticket", ticketId);
      await writeAudit(tx, actor, {
        action: "ticket.csat",
        entityType: "ticket",
        entityId: ticketId,
        before: { csatScore: before.csatScore },
        after: { csatScore: score, csatComment: comment ?? null },
      });
      const health = (await refreshCustomerHealth(tx, actor, before.companyId, this.clock.now())).score;
      return { ticket: await this.get(ticketId, tx), health };
    });
  }

  /** The customer's words after the stars. */
  async addCsatComment(actor: Actor, ticketId: string, comment: string) {
    return this.db.$transaction(async (tx) => {
      const before = await this.get(ticketId, tx);
      await this.assertMayWork(tx, actor, before);
      if (before.csatScore === null) throw new ConflictError("ticket", ticketId);
      const after = await tx.ticket.update({ where: { id: ticketId }, data: { csatComment: comment.trim().slice(0, 2000) }, include: { company: true } });
      await writeAudit(tx, actor, {
        action: "ticket.csat-comment",
        entityType: "ticket",
        entityId: ticketId,
        before: { csatComment: before.csatComment },
        after: { csatComment: after.csatComment },
      });
      return after;
    });
  }

  /** Reporter, assignee, service agents, managers of the customer's team and admins work on a ticket. */
  private async assertMayWork(tx: Tx, actor: Actor, ticket: { id: string; reporterId: string; assigneeId: string | null; company: { teamId: string | null } }) {
    if (actor.userId === ticket.reporterId || actor.userId === ticket.assigneeId) return;
    if (canChange(actor, { ownerId: ticket.assigneeId ?? ticket.reporterId, ownerTeamId: ticket.company.teamId })) return;
    const me = await tx.user.findUnique({ where: { id: actor.userId }, select: { supportAgent: true } });
    if (me?.supportAgent) return;
    throw new PermissionDeniedError("change", "ticket", ticket.id);
  }

  /**
   * One page of the tickets the actor may read (the rule of getVisibleByNumber: reporter, assignee,
   * the customer's team, admins and service agents), most urgent SLA first, and how many in all.
   */
  async listVisible(actor: Actor, filter: { statuses: readonly TicketStatus[]; assignedToMe?: boolean; limit: number; skip: number }) {
    const me = await this.db.user.findUnique({ where: { id: actor.userId }, select: { supportAgent: true } });
    const everyone = actor.role === "admin" || me?.supportAgent === true;
    const visible = everyone
      ? {}
      : {
          OR: [
            { reporterId: actor.userId },
            { assigneeId: actor.userId },
            { company: { teamId: null } },
            { company: { ownerId: actor.userId } },
            ...(actor.teamId ? [{ company: { teamId: actor.teamId } }] : []),
          ],
        };
    const where = { ...visible, status: { in: [...filter.statuses] }, ...(filter.assignedToMe ? { assigneeId: actor.userId } : {}) };
    const [tickets, total] = await Promise.all([
      this.db.ticket.findMany({ where, include: { company: true }, orderBy: [{ slaDueAt: "asc" }, { number: "asc" }], take: filter.limit, skip: filter.skip }),
      this.db.ticket.count({ where }),
    ]);
    return { tickets, total };
  }

  async listOpenForCompany(companyId: string) {
    return this.db.ticket.findMany({
      where: { companyId, status: { in: ["open", "pending"] } },
      orderBy: { slaDueAt: "asc" },
    });
  }
}
