import { writeAudit } from "../audit/audit.service.js";
import type { DbOrTx, Tx } from "../shared/db.js";
import { DAY_MS } from "./local-day.js";

export interface ChurnCompany {
  id: string;
  name: string;
  tier: string;
  ownerId: string | null;
  teamId: string | null;
  lastInteractionAt: Date | null;
  createdAt: Date;
  healthScore: number | null;
}

export interface ChurnCandidate {
  company: ChurnCompany;
  reason: "inactive" | "tickets";
  /** Days since the last interaction (or since the company was added, if never). */
  daysSilent: number;
  recentTickets: number;
  score: number;
}

export interface ChurnOptions {
  now: Date;
  days: number;
  tierADays: number;
  tickets: number;
  ticketWindowDays: number;
  limit: number;
}

/** Companies that crossed the silence threshold within this window are "newly" silent; older ones were alerted then. */
export const CHURN_LOOKBACK_DAYS = 7;

const companySelect = { id: true, name: true, tier: true, ownerId: true, teamId: true, lastInteractionAt: true, createdAt: true, healthScore: true } as const;

/**
 * Customers going quiet (per tier, over Company(tier, lastInteractionAt)) and customers with
 * repeated tickets (one GROUP BY over Ticket(createdAt, companyId) with HAVING).
 */
export async function findChurnCandidates(db: DbOrTx, o: ChurnOptions): Promise<ChurnCandidate[]> {
  const silentSince = (days: number) => {
    const cutoff = new Date(o.now.getTime() - days * DAY_MS);
    const from = new Date(cutoff.getTime() - CHURN_LOOKBACK_DAYS * DAY_MS);
    return [{ lastInteractionAt: { gte: from, lt: cutoff } }, { lastInteractionAt: null, createdAt: { gte: from, lt: cutoff } }];
  };
  const ticketSince = new Date(o.now.getTime() - o.ticketWindowDays * DAY_MS);
  const [tierA, others, repeated] = await Promise.all([
    db.company.findMany({ where: { tier: "A", OR: silentSince(o.tierADays) }, select: companySelect, take: o.limit }),
    db.company.findMany({ where: { tier: { not: "A" }, OR: silentSince(o.days) }, select: companySelect, take: o.limit }),
    db.ticket.groupBy({
      by: ["companyId"],
      where: { createdAt: { gte: ticketSince } },
      _count: { _all: true },
      having: { companyId: { _count: { gte: o.tickets } } },
      take: o.limit,
      orderBy: { companyId: "asc" },
    }),
  ]);
  const silent = [...tierA, ...others];
  const silentIds = new Set(silent.map((c) => c.id));
  const ticketCompanies = repeated.length
    ? await db.company.findMany({ where: { id: { in: repeated.map((r) => r.companyId).filter((id) => !silentIds.has(id)) } }, select: companySelect })
    : [];
  const counts = new Map(repeated.map((r) => [r.companyId, r._count._all]));
  // Ticket counts of the silent ones too, for their score (one more GROUP BY over the same index).
  if (silent.length > 0) {
    const extra = await db.ticket.groupBy({
      by: ["companyId"],
      where: { createdAt: { gte: ticketSince }, companyId: { in: silent.map((c) => c.id) } },
      _count: { _all: true },
    });
    for (const e of extra) counts.set(e.companyId, e._count._all);
  }
  const candidate = (company: ChurnCompany, reason: ChurnCandidate["reason"]): ChurnCandidate => {
    const since = company.lastInteractionAt ?? company.createdAt;
    const daysSilent = Math.floor((o.now.getTime() - since.getTime()) / DAY_MS);
    const recentTickets = counts.get(company.id) ?? 0;
    const threshold = company.tier === "A" ? o.tierADays : o.days;
    return { company, reason, daysSilent, recentTickets, score: healthScore({ daysSilent, threshold, recentTickets }) };
  };
  return [...silent.map((c) => candidate(c, "inactive")), ...ticketCompanies.map((c) => candidate(c, "tickets"))];
}

/**
 * 0–100, higher is healthier: up to 60 points lost to silence (all of them at twice the tier's
 * threshold) and 10 per recent ticket (at most 40).
 */
export function healthScore(input: { daysSilent: number; threshold: number; recentTickets: number }): number {
  const silence = Math.min(60, Math.round((60 * Math.max(0, input.daysSilent)) / (2 * input.threshold)));
  const tickets = Math.min(40, 10 * input.recentTickets);
  return Math.max(0, 100 - silence - tickets);
}

export async function setHealthScoreIn(tx: Tx, company: ChurnCompany, score: number, reason: string): Promise<void> {
  if (company.healthScore === score) return;
  await tx.company.update({ where: { id: company.id }, data: { healthScore: score } });
  await writeAudit(tx, null, {
    action: "company.health",
    entityType: "company",
    entityId: company.id,
    before: { healthScore: company.healthScore },
    after: { healthScore: score, reason },
  });
}
