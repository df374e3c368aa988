import { customerHealth, type HealthPart, loadHealthInputs, storeHealth } from "../companies/customer-health.js";
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
  /** The customer's health (companies/customer-health.ts) and the deductions behind it. */
  score: number;
  parts: HealthPart[];
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
  const candidate = async (company: ChurnCompany, reason: ChurnCandidate["reason"]): Promise<ChurnCandidate> => {
    const since = company.lastInteractionAt ?? company.createdAt;
    const daysSilent = Math.floor((o.now.getTime() - since.getTime()) / DAY_MS);
    const recentTickets = counts.get(company.id) ?? 0;
    // The one health formula, with every input (ratings, overdue tickets, lost WeCom contacts too).
    const health = customerHealth(await loadHealthInputs(db, company.id, o.now, { company, churn: o }));
    return { company, reason, daysSilent, recentTickets, score: health.score, parts: health.parts };
  };
  const out: ChurnCandidate[] = [];
  for (const c of silent) out.push(await candidate(c, "inactive"));
  for (const c of ticketCompanies) out.push(await candidate(c, "tickets"));
  return out;
}

/** Stores a candidate's health (score and parts) in the claim's transaction. */
export async function setHealthScoreIn(tx: Tx, candidate: ChurnCandidate): Promise<void> {
  await storeHealth(tx, null, candidate.company.id, { score: candidate.score, parts: candidate.parts }, candidate.reason);
}
