import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Tx } from "../shared/db.js";

/** Ratings that count: the most recent ones, so an old bad month fades out. */
export const HEALTH_CSAT_WINDOW = 10;
/** With no rating yet a customer is neither healthy nor at risk. */
export const HEALTH_NEUTRAL = 70;
export const HEALTH_OVERDUE_PENALTY = 10;
export const HEALTH_OVERDUE_PENALTY_MAX = 30;

/**
 * Customer health 0–100, stored in Company.healthScore (churn alerts read it; below 40 is at risk):
 *   base    = average of the last 10 CSAT scores × 20   (★1 = 20 … ★5 = 100; 70 when none yet)
 *   penalty = 10 per open ticket past its SLA due time, at most 30
 *   health  = clamp(round(base − penalty), 0, 100)
 */
export function healthFormula(csatScores: readonly number[], overdueOpenTickets: number): number {
  const base = csatScores.length === 0 ? HEALTH_NEUTRAL : (csatScores.reduce((a, b) => a + b, 0) / csatScores.length) * 20;
  const penalty = Math.min(HEALTH_OVERDUE_PENALTY_MAX, overdueOpenTickets * HEALTH_OVERDUE_PENALTY);
  return Math.max(0, Math.min(100, Math.round(base - penalty)));
}

/** Recomputes and stores a company's health inside the caller's transaction. */
export async function refreshHealth(tx: Tx, actor: Actor | null, companyId: string, now: Date): Promise<number> {
  const rated = await tx.ticket.findMany({
    where: { companyId, csatScore: { not: null } },
    orderBy: [{ closedAt: "desc" }, { updatedAt: "desc" }],
    take: HEALTH_CSAT_WINDOW,
    select: { csatScore: true },
  });
  const overdue = await tx.ticket.count({ where: { companyId, status: { in: ["open", "pending"] }, slaDueAt: { lt: now } } });
  const score = healthFormula(
    rated.map((t) => t.csatScore!),
    overdue,
  );
  const before = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { healthScore: true } });
  if (before.healthScore !== score) {
    await tx.company.update({ where: { id: companyId }, data: { healthScore: score } });
    await writeAudit(tx, actor, { action: "company.health", entityType: "company", entityId: companyId, before, after: { healthScore: score } });
  }
  return score;
}
