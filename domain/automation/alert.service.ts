import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, DbOrTx } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { DAY_MS, startOfLocalDay } from "./local-day.js";

/** Marker rows that pause a person's digest DMs (the digest card's snooze button). */
export const DIGEST_MUTE = "digest-mute";

export type SnoozeResult = { kind: string; until: Date; subjectType: string; subjectId: string };

/** What people do with an alert they received: snooze it. */
export class AlertService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * Snoozes an alert: a stale deal comes back after `days` if still stale, an overdue follow-up
   * is moved to then (which starts its reminders afresh), a digest stops DMing this person until then.
   */
  async snooze(actor: Actor, alertId: string, days: number): Promise<SnoozeResult> {
    const now = this.clock.now();
    return this.db.$transaction(async (tx) => {
      const alert = await tx.alert.findUnique({ where: { id: alertId } });
      if (!alert) throw new NotFoundError("alert", alertId);
      await this.assertMayHandle(tx, actor, alert.recipientId, alert.kind === "digest");
      let until = new Date(now.getTime() + days * DAY_MS);
      if (alert.kind === "digest") {
        // "Not tomorrow": muted through the end of that local day, whatever the digest's minute.
        const me = await tx.user.findUnique({ where: { id: actor.userId }, select: { timezone: true } });
        until = startOfLocalDay(now, me?.timezone ?? "Asia/Shanghai", days + 1);
        await tx.alert.upsert({
          where: {
            kind_subjectType_subjectId_periodKey: {
              kind: DIGEST_MUTE,
              subjectType: "user",
              subjectId: actor.userId,
              periodKey: `${DIGEST_MUTE}:${actor.userId}:${until.toISOString()}`,
            },
          },
          create: {
            kind: DIGEST_MUTE,
            subjectType: "user",
            subjectId: actor.userId,
            periodKey: `${DIGEST_MUTE}:${actor.userId}:${until.toISOString()}`,
            status: "snoozed",
            snoozedUntil: until,
            recipientId: actor.userId,
            createdAt: now,
          },
          update: {},
        });
      } else {
        await tx.alert.update({ where: { id: alertId }, data: { status: "snoozed", snoozedUntil: until } });
      }
      if (alert.kind === "overdue-followup") {
        const before = await tx.followUp.findUnique({ where: { id: alert.subjectId } });
        if (before && !before.done) {
          const after = await tx.followUp.update({ where: { id: before.id }, data: { dueAt: until, snoozedUntil: until } });
          await writeAudit(tx, actor, { action: "followup.snooze", entityType: "followup", entityId: before.id, before, after });
        }
      }
      await writeAudit(tx, actor, {
        action: "alert.snooze",
        entityType: "alert",
        entityId: alertId,
        before: { status: alert.status, snoozedUntil: alert.snoozedUntil },
        after: { status: "snoozed", snoozedUntil: until },
      });
      return { kind: alert.kind, until, subjectType: alert.subjectType, subjectId: alert.subjectId };
    });
  }

  /** The recipient, a manager of the recipient's team, or an admin; a digest also every manager who got it. */
  private async assertMayHandle(db: DbOrTx, actor: Actor, recipientId: string | null, isDigest: boolean): Promise<void> {
    if (actor.role === "admin" || recipientId === actor.userId) return;
    if (isDigest && actor.role === "manager") return;
    if (actor.role === "manager" && actor.teamId && recipientId) {
      const recipient = await db.user.findUnique({ where: { id: recipientId }, select: { teamId: true } });
      if (recipient?.teamId === actor.teamId) return;
    }
    throw new PermissionDeniedError("snooze", "alert");
  }
}
