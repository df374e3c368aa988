import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { openFollowUpsWith } from "../shared/hot-reads.js";
import { canChange } from "../users/permissions.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";

export const followUpInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  dueAt: z.date(),
  ownerId: z.string().min(1).optional(),
  dealId: z.string().min(1).optional(),
  companyId: z.string().min(1).optional(),
  contactId: z.string().min(1).optional(),
});
export type FollowUpInput = z.input<typeof followUpInputSchema>;

export class FollowUpService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async schedule(actor: Actor, input: FollowUpInput) {
    return this.db.$transaction((tx) => this.scheduleIn(tx, actor, input));
  }

  async scheduleIn(tx: Tx, actor: Actor, input: FollowUpInput) {
    const data = validate(followUpInputSchema, input);
    if (Number.isNaN(data.dueAt.getTime())) throw new InvalidInputError("dueAt", "not a date");
    const ownerId = data.ownerId ?? actor.userId;
    if (ownerId !== actor.userId) {
      const owner = await tx.user.findUnique({ where: { id: ownerId } });
      if (!owner) throw new NotFoundError("user", ownerId);
      if (!canChange(actor, { ownerId, ownerTeamId: owner.teamId })) throw new PermissionDeniedError("assign", "followup");
    }
    let companyId = data.companyId ?? null;
    const deal = data.dealId ? await tx.deal.findUnique({ where: { id: data.dealId } }) : null;
    if (data.dealId && !deal) throw new NotFoundError("deal", data.dealId);
    const contact = data.contactId ? await tx.contact.findUnique({ where: { id: data.contactId } }) : null;
    if (data.contactId && !contact) throw new NotFoundError("contact", data.contactId);
    await assertMayWriteCustomers(tx, actor, [companyId, deal?.companyId, contact?.companyId]);
    companyId ??= deal?.companyId ?? null;
    const followUp = await tx.followUp.create({
      data: {
        title: data.title,
        dueAt: data.dueAt,
        ownerId,
        dealId: data.dealId ?? null,
        companyId,
        contactId: data.contactId ?? null,
      },
    });
    await writeAudit(tx, actor, { action: "followup.schedule", entityType: "followup", entityId: followUp.id, after: followUp });
    return followUp;
  }

  async complete(actor: Actor, followUpId: string) {
    return this.change(actor, followUpId, "followup.complete", () => ({ done: true, doneAt: this.clock.now() }));
  }

  async snooze(actor: Actor, followUpId: string, until: Date) {
    if (until.getTime() <= this.clock.now().getTime()) throw new InvalidInputError("snoozeUntil", "in the past");
    return this.change(actor, followUpId, "followup.snooze", () => ({ snoozedUntil: until, dueAt: until }));
  }

  /** A new due time for an open follow-up ("followup 2 time Friday 3pm"); a time already past is refused. */
  async reschedule(actor: Actor, followUpId: string, dueAt: Date) {
    if (dueAt.getTime() <= this.clock.now().getTime()) throw new InvalidInputError("dueAt", "in the past");
    return this.change(actor, followUpId, "followup.reschedule", () => ({ dueAt, snoozedUntil: null }));
  }

  /** New wording of what is to be done. */
  async retitle(actor: Actor, followUpId: string, title: string) {
    const clean = validate(followUpInputSchema.shape.title, title);
    return this.change(actor, followUpId, "followup.retitle", () => ({ title: clean }));
  }

  /**
   * Hands an open follow-up to someone else: its owner or their manager may, to an active user
   * of the same team (admins: anyone active).
   */
  async reassign(actor: Actor, followUpId: string, ownerId: string) {
    const owner = await this.db.user.findUnique({ where: { id: ownerId } });
    if (!owner || !owner.active) throw new NotFoundError("user", ownerId);
    if (actor.role !== "admin" && owner.teamId !== actor.teamId && owner.id !== actor.userId) throw new PermissionDeniedError("assign", "followup", followUpId);
    return this.change(actor, followUpId, "followup.reassign", () => ({ ownerId }));
  }

  /** Open follow-ups of one user, earliest first (overdue ones lead). */
  async listOpen(ownerId: string, limit = 20) {
    return this.db.followUp.findMany({
      where: { ownerId, done: false },
      orderBy: { dueAt: "asc" },
      include: { company: true, deal: true },
      take: limit,
    });
  }

  /**
   * Open follow-ups of one owner with one customer due before `before`, earliest first: asked
   * after every logged activity (does it settle one?), so a prepared statement where there is one.
   */
  async openWith(ownerId: string, companyId: string, before: Date, limit = 3): Promise<{ id: string; title: string; dueAt: Date }[]> {
    const direct = directSqlOf(this.db);
    if (direct) return direct.read((sql) => openFollowUpsWith(sql, ownerId, companyId, before, limit));
    return this.db.followUp.findMany({
      where: { ownerId, companyId, done: false, dueAt: { lt: before } },
      orderBy: { dueAt: "asc" },
      select: { id: true, title: true, dueAt: true },
      take: limit,
    });
  }

  async get(id: string) {
    const followUp = await this.db.followUp.findUnique({ where: { id }, include: { company: true, deal: true } });
    if (!followUp) throw new NotFoundError("followup", id);
    return followUp;
  }

  private async change(
    actor: Actor,
    id: string,
    action: string,
    patch: () => { done?: boolean; doneAt?: Date; snoozedUntil?: Date | null; dueAt?: Date; title?: string; ownerId?: string },
  ) {
    return this.db.$transaction(async (tx) => {
      const before = await tx.followUp.findUnique({ where: { id }, include: { owner: true } });
      if (!before) throw new NotFoundError("followup", id);
      if (!canChange(actor, { ownerId: before.ownerId, ownerTeamId: before.owner.teamId })) {
        throw new PermissionDeniedError("change", "followup", id);
      }
      const { owner: _owner, ...beforeRow } = before;
      if (before.done) return beforeRow;
      const after = await tx.followUp.update({ where: { id }, data: patch() });
      await writeAudit(tx, actor, { action, entityType: "followup", entityId: id, before: beforeRow, after });
      return after;
    });
  }
}
