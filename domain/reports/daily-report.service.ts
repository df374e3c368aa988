import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { canView } from "../users/permissions.js";

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/u;

/** A rep's day as their daily report (销售日报) shows it: what they logged, moved, won and collected, and tomorrow. */
export interface RepDay {
  userId: string;
  name: string;
  day: string;
  activities: { kind: string; summary: string; companyName: string | null }[];
  newDeals: { number: number; title: string; amountMinor: bigint; currency: string }[];
  moves: { number: number; title: string; stage: { nameZh: string; nameEn: string; kind: string } }[];
  payments: { contractNumber: number; companyName: string; amountMinor: bigint; currency: string }[];
  tomorrow: { title: string; dueAt: Date }[];
  note: string | null;
  confirmedAt: Date | null;
}

/**
 * Daily reports are generated from the records of the day (activities, stage history, payments,
 * follow-ups); a report row keeps only the rep's note and confirmation.
 */
export class DailyReportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** One person's day; `range` is their local day, `next` the day after. Checked for viewing. */
  async day(actor: Actor, userId: string, dayKey: string, range: { from: Date; to: Date }, next: { from: Date; to: Date }): Promise<RepDay> {
    const user = await this.db.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("user", userId);
    if (!canView(actor, { ownerId: user.id, ownerTeamId: user.teamId })) throw new PermissionDeniedError("view", "user", userId);
    return this.dayOf(user, dayKey, range, next);
  }

  /** The same for the scheduled job (no actor: it reads every team). */
  async dayOf(user: { id: string; name: string }, dayKey: string, range: { from: Date; to: Date }, next: { from: Date; to: Date }): Promise<RepDay> {
    const when = { gte: range.from, lt: range.to };
    const [activities, changes, payments, tomorrow, report] = await Promise.all([
      this.db.activity.findMany({
        where: { actorId: user.id, occurredAt: when },
        orderBy: { occurredAt: "asc" },
        include: { company: { select: { name: true } } },
      }),
      this.db.dealStageChange.findMany({
        where: { changedById: user.id, changedAt: when },
        orderBy: { changedAt: "asc" },
        include: { deal: { select: { number: true, title: true, amountMinor: true, currency: true } } },
      }),
      this.db.payment.findMany({
        where: { createdById: user.id, createdAt: when },
        include: { contract: { include: { company: { select: { name: true } } } } },
      }),
      this.db.followUp.findMany({ where: { ownerId: user.id, done: false, dueAt: { gte: next.from, lt: next.to } }, orderBy: { dueAt: "asc" } }),
      this.db.dailyReport.findUnique({ where: { userId_day: { userId: user.id, day: dayKey } } }),
    ]);
    const stageIds = [...new Set(changes.map((c) => c.toStageId))];
    const stages = new Map((await this.db.pipelineStage.findMany({ where: { id: { in: stageIds } } })).map((s) => [s.id, s]));
    return {
      userId: user.id,
      name: user.name,
      day: dayKey,
      activities: activities.map((a) => ({ kind: a.kind, summary: a.summary, companyName: a.company?.name ?? null })),
      newDeals: changes.filter((c) => c.fromStageId === null).map((c) => ({ ...c.deal })),
      moves: changes.flatMap((c) => {
        const stage = stages.get(c.toStageId);
        return c.fromStageId !== null && stage ? [{ number: c.deal.number, title: c.deal.title, stage }] : [];
      }),
      payments: payments.map((p) => ({
        contractNumber: p.contract.number,
        companyName: p.contract.company.name,
        amountMinor: p.amountMinor,
        currency: p.contract.currency,
      })),
      tomorrow: tomorrow.map((f) => ({ title: f.title, dueAt: f.dueAt })),
      note: report?.note ?? null,
      confirmedAt: report?.confirmedAt ?? null,
    };
  }

  /** Teams (in one timezone, for a scheduled run) with their active members. */
  async teams(timeZone?: string) {
    return this.db.team.findMany({
      where: timeZone ? { timezone: timeZone } : {},
      select: {
        id: true,
        name: true,
        locale: true,
        timezone: true,
        users: { where: { active: true }, select: { id: true, name: true, locale: true, timezone: true } },
      },
      orderBy: { name: "asc" },
    });
  }

  /** Who logged or moved anything in `range`, among these users. */
  async activeUsers(userIds: string[], range: { from: Date; to: Date }): Promise<Set<string>> {
    const when = { gte: range.from, lt: range.to };
    const [activities, changes] = await Promise.all([
      this.db.activity.groupBy({ by: ["actorId"], where: { actorId: { in: userIds }, occurredAt: when } }),
      this.db.dealStageChange.groupBy({ by: ["changedById"], where: { changedById: { in: userIds }, changedAt: when } }),
    ]);
    return new Set([...activities.map((a) => a.actorId), ...changes.flatMap((c) => (c.changedById ? [c.changedById] : []))]);
  }

  /** The rep confirms their own report of a day, with an optional note (replacing an earlier one); audited. */
  async confirm(actor: Actor, dayKey: string, note?: string) {
    if (!DAY_KEY.test(dayKey)) throw new InvalidInputError("day", dayKey);
    const text = note?.trim().slice(0, 2000);
    const data = { confirmedAt: this.clock.now(), ...(text ? { note: text } : {}) };
    return this.db.$transaction(async (tx) => {
      const before = await tx.dailyReport.findUnique({ where: { userId_day: { userId: actor.userId, day: dayKey } } });
      const after = await tx.dailyReport.upsert({
        where: { userId_day: { userId: actor.userId, day: dayKey } },
        create: { userId: actor.userId, day: dayKey, ...data },
        update: data,
      });
      await writeAudit(tx, actor, { action: "report.confirm", entityType: "report", entityId: after.id, before, after });
      return after;
    });
  }
}
