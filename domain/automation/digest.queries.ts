import type { Stage } from "../pipeline/stage.service.js";
import type { DbOrTx } from "../shared/db.js";
import { DAY_MS, startOfLocalWeek } from "./local-day.js";

export interface DigestDeal {
  id: string;
  number: number;
  title: string;
  amountMinor: bigint;
  currency: string;
  ownerName: string;
  lastActivityAt: Date;
  expectedCloseAt: Date | null;
}

export interface TeamDigest {
  teamId: string;
  stages: { key: string; nameZh: string; nameEn: string; kind: string; count: number; amounts: Record<string, number> }[];
  openCount: number;
  openAmounts: Record<string, number>;
  /** Stage changes since `since`: created, moved forward, won, lost. */
  movement: { created: number; advanced: number; won: number; lost: number };
  since: Date;
  closingThisWeek: { count: number; amounts: Record<string, number>; deals: DigestDeal[] };
  topStale: DigestDeal[];
  overdueByRep: { userId: string; name: string; count: number }[];
}

export interface DigestOptions {
  now: Date;
  timeZone: string;
  /** Movement window: 1 day for the daily digest, 7 for the weekly summary. */
  sinceDays: number;
  staleDays: number;
  top: number;
}

const dealSelect = {
  id: true,
  number: true,
  title: true,
  amountMinor: true,
  currency: true,
  lastActivityAt: true,
  expectedCloseAt: true,
  owner: { select: { name: true } },
} as const;

/**
 * One team's digest as a handful of indexed aggregate queries (teamId+stageId, changedAt,
 * expectedCloseAt, dueAt+done); only the top-N rows are ever loaded, never the team's deals.
 */
export async function teamDigest(db: DbOrTx, stages: Stage[], teamId: string, o: DigestOptions): Promise<TeamDigest> {
  const openIds = stages.filter((s) => s.kind === "open").map((s) => s.id);
  const since = new Date(o.now.getTime() - o.sinceDays * DAY_MS);
  const weekEnd = new Date(startOfLocalWeek(o.now, o.timeZone).getTime() + 7 * DAY_MS);
  const staleCutoff = new Date(o.now.getTime() - o.staleDays * DAY_MS);
  const openTeam = { teamId, stageId: { in: openIds } };
  const closingWhere = { ...openTeam, expectedCloseAt: { gte: o.now, lt: weekEnd } };

  const [totals, moves, closingTotals, closingDeals, stale, overdue] = await Promise.all([
    db.deal.groupBy({ by: ["stageId", "currency"], where: { teamId }, _count: { _all: true }, _sum: { amountMinor: true } }),
    db.dealStageChange.groupBy({
      by: ["fromStageId", "toStageId"],
      where: { changedAt: { gte: since, lte: o.now }, deal: { teamId } },
      _count: { _all: true },
    }),
    db.deal.groupBy({ by: ["currency"], where: closingWhere, _count: { _all: true }, _sum: { amountMinor: true } }),
    db.deal.findMany({ where: closingWhere, select: dealSelect, orderBy: [{ amountMinor: "desc" }, { number: "asc" }], take: o.top }),
    db.deal.findMany({
      where: { ...openTeam, lastActivityAt: { lt: staleCutoff } },
      select: dealSelect,
      orderBy: [{ amountMinor: "desc" }, { number: "asc" }],
      take: o.top,
    }),
    db.followUp.groupBy({
      by: ["ownerId"],
      where: { done: false, dueAt: { lt: o.now }, owner: { teamId } },
      _count: { _all: true },
    }),
  ]);

  const byId = new Map(stages.map((s) => [s.id, s]));
  const stageRows = stages.map((s) => ({ key: s.key, nameZh: s.nameZh, nameEn: s.nameEn, kind: s.kind, count: 0, amounts: {} as Record<string, number> }));
  let openCount = 0;
  const openAmounts: Record<string, number> = {};
  for (const g of totals) {
    const index = stages.findIndex((s) => s.id === g.stageId);
    const row = stageRows[index];
    if (!row) continue;
    const amount = Number(g._sum.amountMinor ?? 0n);
    row.count += g._count._all;
    row.amounts[g.currency] = (row.amounts[g.currency] ?? 0) + amount;
    if (row.kind === "open") {
      openCount += g._count._all;
      openAmounts[g.currency] = (openAmounts[g.currency] ?? 0) + amount;
    }
  }

  const movement = { created: 0, advanced: 0, won: 0, lost: 0 };
  for (const m of moves) {
    const to = byId.get(m.toStageId);
    const from = m.fromStageId ? byId.get(m.fromStageId) : undefined;
    const n = m._count._all;
    if (!m.fromStageId) movement.created += n;
    if (to?.kind === "won") movement.won += n;
    else if (to?.kind === "lost") movement.lost += n;
    else if (to && from && from.kind === "open" && to.position > from.position) movement.advanced += n;
  }

  const closing = { count: 0, amounts: {} as Record<string, number>, deals: closingDeals.map(toDigestDeal) };
  for (const g of closingTotals) {
    closing.count += g._count._all;
    closing.amounts[g.currency] = (closing.amounts[g.currency] ?? 0) + Number(g._sum.amountMinor ?? 0n);
  }

  const owners = overdue.length
    ? await db.user.findMany({ where: { id: { in: overdue.map((o) => o.ownerId) } }, select: { id: true, name: true } })
    : [];
  const names = new Map(owners.map((u) => [u.id, u.name]));
  const overdueByRep = overdue
    .map((g) => ({ userId: g.ownerId, name: names.get(g.ownerId) ?? "?", count: g._count._all }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  return { teamId, stages: stageRows, openCount, openAmounts, movement, since, closingThisWeek: closing, topStale: stale.map(toDigestDeal), overdueByRep };
}

function toDigestDeal(d: {
  id: string;
  number: number;
  title: string;
  amountMinor: bigint;
  currency: string;
  lastActivityAt: Date;
  expectedCloseAt: Date | null;
  owner: { name: string };
}): DigestDeal {
  return {
    id: d.id,
    number: d.number,
    title: d.title,
    amountMinor: d.amountMinor,
    currency: d.currency,
    ownerName: d.owner.name,
    lastActivityAt: d.lastActivityAt,
    expectedCloseAt: d.expectedCloseAt,
  };
}
