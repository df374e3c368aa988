import { writeAudit } from "../audit/audit.service.js";
import { CONDITION_SCHEMAS } from "../automation/rule.schemas.js";
import type { Actor } from "../shared/actor.js";
import type { DbOrTx, Tx } from "../shared/db.js";
import { DAY_MS } from "../automation/local-day.js";

/** Ratings that count: the most recent ones, so an old bad month fades out. */
export const HEALTH_CSAT_WINDOW = 10;
/** Tickets opened within this many days count as "recent". */
export const HEALTH_TICKET_DAYS = 30;
/** Lost contacts (WeCom signals) weigh on health this long. */
export const HEALTH_SIGNAL_DAYS = 90;

/** Everything the health score reads about one customer. */
export interface HealthInputs {
  /** Days since the last interaction (or since the customer was added). */
  daysSilent: number;
  /** The churn rule's silence threshold for the customer's tier (days). */
  silenceThreshold: number;
  /** Tickets opened in the last 30 days. */
  recentTickets: number;
  /** Open tickets past their SLA due time. */
  overdueTickets: number;
  /** The last 10 satisfaction ratings (1–5). */
  ratings: number[];
  /** In the last 90 days: customers who deleted the rep, reps who lost the customer, members who left the customer group. */
  contactDeleted: number;
  repRemoved: number;
  leftGroup: number;
}

export type HealthFactor = "silence" | "tickets" | "overdue-tickets" | "ratings" | "contact-deleted" | "rep-removed" | "left-group";

/** One deduction and what it is for ("沉默 45 天", "2 张逾期工单"), as the card explains it. */
export interface HealthPart {
  factor: HealthFactor;
  points: number;
  detail: number;
}

/**
 * The one customer health score, 0–100, higher is healthier (stored in Company.healthScore with its
 * parts in Company.healthReasons; churn alerts read it, below 40 is at risk):
 *
 *   silence          −min(40, round(40 × days silent ÷ (2 × the tier's churn threshold)))
 *   recent tickets   −min(20, 5 × tickets opened in the last 30 days)
 *   overdue tickets  −min(30, 10 × open tickets past their SLA)
 *   ratings          −round((5 − average of the last 10 ratings) × 10)   (★5: 0 … ★1: −40; none: 0)
 *   lost contacts    −min(40, 30 × customers who deleted the rep + 15 × reps who lost the customer
 *                                + 10 × members who left the customer group), last 90 days
 */
export function customerHealth(i: HealthInputs): { score: number; parts: HealthPart[] } {
  const parts: HealthPart[] = [];
  const add = (factor: HealthFactor, points: number, detail: number) => {
    if (points > 0) parts.push({ factor, points, detail });
  };
  add("silence", Math.min(40, Math.round((40 * Math.max(0, i.daysSilent)) / (2 * Math.max(1, i.silenceThreshold)))), i.daysSilent);
  add("tickets", Math.min(20, 5 * i.recentTickets), i.recentTickets);
  add("overdue-tickets", Math.min(30, 10 * i.overdueTickets), i.overdueTickets);
  if (i.ratings.length > 0) {
    const average = i.ratings.reduce((a, b) => a + b, 0) / i.ratings.length;
    add("ratings", Math.round((5 - average) * 10), Math.round(average * 10) / 10);
  }
  let lost = 40;
  for (const [factor, each, count] of [
    ["contact-deleted", 30, i.contactDeleted],
    ["rep-removed", 15, i.repRemoved],
    ["left-group", 10, i.leftGroup],
  ] as const) {
    const points = Math.min(lost, each * count);
    lost -= points;
    add(factor, points, count);
  }
  const score = Math.max(0, Math.min(100, 100 - parts.reduce((sum, p) => sum + p.points, 0)));
  return { score, parts };
}

/**
 * Reads a customer's health inputs (the churn rule's thresholds from its row, or their defaults). A
 * caller that has the company row or the churn thresholds in hand (the churn scan) passes them.
 */
export async function loadHealthInputs(
  db: DbOrTx,
  companyId: string,
  now: Date,
  given: { company?: { tier: string; lastInteractionAt: Date | null; createdAt: Date }; churn?: { days: number; tierADays: number } } = {},
): Promise<HealthInputs & { tier: string }> {
  const company =
    given.company ?? (await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { tier: true, lastInteractionAt: true, createdAt: true } }));
  const churn = given.churn ?? (await churnThresholds(db));
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const [recentTickets, overdueTickets, rated, signals] = await Promise.all([
    db.ticket.count({ where: { companyId, createdAt: { gte: since(HEALTH_TICKET_DAYS) } } }),
    db.ticket.count({ where: { companyId, status: { in: ["open", "pending"] }, slaDueAt: { lt: now } } }),
    db.ticket.findMany({
      where: { companyId, csatScore: { not: null } },
      orderBy: [{ closedAt: "desc" }, { updatedAt: "desc" }],
      take: HEALTH_CSAT_WINDOW,
      select: { csatScore: true },
    }),
    db.customerSignal.groupBy({ by: ["kind"], where: { companyId, occurredAt: { gte: since(HEALTH_SIGNAL_DAYS) } }, _count: { _all: true } }),
  ]);
  const signal = (kind: string) => signals.find((s) => s.kind === kind)?._count._all ?? 0;
  const last = company.lastInteractionAt ?? company.createdAt;
  return {
    tier: company.tier,
    daysSilent: Math.max(0, Math.floor((now.getTime() - last.getTime()) / DAY_MS)),
    silenceThreshold: company.tier === "A" ? churn.tierADays : churn.days,
    recentTickets,
    overdueTickets,
    ratings: rated.map((t) => t.csatScore!),
    contactDeleted: signal("contact-deleted"),
    repRemoved: signal("rep-removed"),
    leftGroup: signal("left-group"),
  };
}

async function churnThresholds(db: DbOrTx): Promise<{ days: number; tierADays: number }> {
  const row = await db.rule.findUnique({ where: { key: "churn" }, select: { condition: true } });
  const parsed = CONDITION_SCHEMAS.churn.safeParse(row ? JSON.parse(row.condition) : {});
  return parsed.success ? parsed.data : CONDITION_SCHEMAS.churn.parse({});
}

/** Stores a computed health (score and parts) with an audit row when it changed. */
export async function storeHealth(tx: Tx, actor: Actor | null, companyId: string, health: { score: number; parts: HealthPart[] }, reason?: string) {
  const before = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { healthScore: true, healthReasons: true } });
  const reasons = JSON.stringify(health.parts);
  if (before.healthScore === health.score && before.healthReasons === reasons) return;
  await tx.company.update({ where: { id: companyId }, data: { healthScore: health.score, healthReasons: reasons } });
  await writeAudit(tx, actor, {
    action: "company.health",
    entityType: "company",
    entityId: companyId,
    before,
    after: { healthScore: health.score, healthReasons: reasons, ...(reason ? { reason } : {}) },
  });
}

/** Recomputes and stores a customer's health inside the caller's transaction. */
export async function refreshCustomerHealth(tx: Tx, actor: Actor | null, companyId: string, now: Date, reason?: string) {
  const health = customerHealth(await loadHealthInputs(tx, companyId, now));
  await storeHealth(tx, actor, companyId, health, reason);
  return health;
}
