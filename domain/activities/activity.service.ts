import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { canView, countScope } from "../users/permissions.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";

export const ACTIVITY_KINDS = ["call", "meeting", "note", "email", "visit"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const activityInputSchema = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  summary: z.string().trim().min(1).max(4000),
  occurredAt: z.date().optional(),
  companyId: z.string().min(1).optional(),
  contactId: z.string().min(1).optional(),
  dealId: z.string().min(1).optional(),
});
export type ActivityInput = z.input<typeof activityInputSchema>;

export class ActivityService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async log(actor: Actor, input: ActivityInput) {
    return this.db.$transaction((tx) => this.logIn(tx, actor, input));
  }

  /**
   * Logs inside a caller's transaction, so "log a call + set a follow-up + move the deal"
   * commits as one unit. Keeps the deal's lastActivityAt and the company's lastInteractionAt fresh
   * (stale-deal and churn alerts read them).
   */
  async logIn(tx: Tx, actor: Actor, input: ActivityInput) {
    const data = validate(activityInputSchema, input);
    const occurredAt = data.occurredAt ?? this.clock.now();
    let companyId = data.companyId ?? null;
    const deal = data.dealId ? await tx.deal.findUnique({ where: { id: data.dealId } }) : null;
    if (data.dealId && !deal) throw new NotFoundError("deal", data.dealId);
    const contact = data.contactId ? await tx.contact.findUnique({ where: { id: data.contactId } }) : null;
    if (data.contactId && !contact) throw new NotFoundError("contact", data.contactId);
    // Every customer the activity touches, however its ids arrived (command, sentence, form, button).
    await assertMayWriteCustomers(tx, actor, [companyId, deal?.companyId, contact?.companyId]);
    if (deal) {
      // Recording what happened with a customer is open to the owner's whole team (covering for a
      // colleague is normal); changing the deal itself stays with its owner and their manager.
      if (!canView(actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId })) {
        throw new PermissionDeniedError("log activity on", "deal", deal.id);
      }
      companyId ??= deal.companyId;
      if (occurredAt > deal.lastActivityAt) {
        await tx.deal.update({ where: { id: deal.id }, data: { lastActivityAt: occurredAt, atRisk: false } });
      }
    }
    if (contact) companyId ??= contact.companyId;
    if (companyId) {
      await tx.company.updateMany({
        where: { id: companyId, OR: [{ lastInteractionAt: null }, { lastInteractionAt: { lt: occurredAt } }] },
        data: { lastInteractionAt: occurredAt },
      });
    }
    const activity = await tx.activity.create({
      data: {
        kind: data.kind,
        summary: data.summary,
        occurredAt,
        actorId: actor.userId,
        dealId: data.dealId ?? null,
        companyId,
        contactId: data.contactId ?? null,
        channel: actor.channel,
      },
    });
    await writeAudit(tx, actor, { action: "activity.log", entityType: "activity", entityId: activity.id, after: activity });
    return activity;
  }

  /**
   * "不对，是拜访", "oops, it was a meeting not a call": the kind of an activity already logged, changed
   * by someone who may write its customer; audited `activity.rekind` (old → new), so undo puts it back.
   */
  async changeKind(actor: Actor, id: string, kind: ActivityKind) {
    const next = validate(z.enum(ACTIVITY_KINDS), kind);
    return this.db.$transaction(async (tx) => {
      const activity = await tx.activity.findUnique({ where: { id } });
      if (!activity) throw new NotFoundError("activity", id);
      await assertMayWriteCustomers(tx, actor, [activity.companyId]);
      if (activity.kind === next) return activity;
      const updated = await tx.activity.update({ where: { id }, data: { kind: next } });
      await writeAudit(tx, actor, { action: "activity.rekind", entityType: "activity", entityId: id, before: { kind: activity.kind }, after: { kind: next } });
      return updated;
    });
  }

  async recent(companyId: string, limit = 10) {
    return this.db.activity.findMany({
      where: { companyId },
      orderBy: { occurredAt: "desc" },
      take: limit,
      include: { actor: true, contact: true },
    });
  }

  /**
   * How many activities were logged in [from, to): the actor's own, or with `team` the actor's
   * team's (managers and admins only; an admin in no team counts everyone's; a rep always gets
   * their own). Returns the scope used and the latest five, newest first.
   */
  async count(actor: Actor, q: ActivityCountQuery): Promise<ActivityCount> {
    const query = validate(activityCountSchema, q);
    const scope: ActivityCount["scope"] = countScope(actor, query.team);
    const where = {
      occurredAt: { gte: query.from, lt: query.to },
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.companyId ? { companyId: query.companyId } : {}),
      ...(scope === "mine" ? { actorId: actor.userId } : scope === "team" ? { actor: { teamId: actor.teamId! } } : {}),
    };
    const [count, latest] = await Promise.all([
      this.db.activity.count({ where }),
      this.db.activity.findMany({
        where,
        orderBy: { occurredAt: "desc" },
        take: 5,
        select: { kind: true, summary: true, occurredAt: true, company: { select: { name: true } }, actor: { select: { name: true } } },
      }),
    ]);
    return { count, scope, latest };
  }
}

const activityCountSchema = z.object({
  from: z.date(),
  to: z.date(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  companyId: z.string().min(1).optional(),
  team: z.boolean().optional(),
});
export type ActivityCountQuery = z.input<typeof activityCountSchema>;

export interface ActivityCount {
  count: number;
  scope: "mine" | "team" | "all";
  latest: { kind: string; summary: string; occurredAt: Date; company: { name: string } | null; actor: { name: string } }[];
}
