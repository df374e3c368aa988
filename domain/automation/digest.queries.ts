import type { Stage } from "../pipeline/stage.service.js";
import type { DbOrTx } from "../shared/db.js";
import { stageChangesBetween } from "./digest-stage-changes.js";
import { type TopDealRow, teamTopDeals } from "./digest-top-deals.js";
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

/**
 * The digests of many teams at once: totals, movement, closing totals and overdue follow-ups are one
 * GROUP BY each over all the teams (Deal(teamId, stageId), DealStageChange(changedAt),
 * Deal(expectedCloseAt), FollowUp(dueAt, done)); only the top-N lists are one small indexed query per
 * team (Deal(teamId, expectedCloseAt), Deal(teamId, amountMinor)). Deals are never loaded wholesale.
 */
export async function teamDigests(
  db: DbOrTx,
  stages: Stage[],
  teams: { id: string; timezone: string }[],
  o: Omit<DigestOptions, "timeZone">,
): Promise<Map<string, TeamDigest>> {
  const result = new Map<string, TeamDigest>();
  if (teams.length === 0) return result;
  const teamIds = teams.map((t) => t.id);
  const openIds = stages.filter((s) => s.kind === "open").map((s) => s.id);
  const since = new Date(o.now.getTime() - o.sinceDays * DAY_MS);
  const staleCutoff = new Date(o.now.getTime() - o.staleDays * DAY_MS);
  // "This week" is per zone; teams of one zone share it (the scheduler runs one zone at a time).
  const weekEnds = new Map(teams.map((t) => [t.id, new Date(startOfLocalWeek(o.now, t.timezone).getTime() + 7 * DAY_MS)]));
  const latestWeekEnd = new Date(Math.max(...[...weekEnds.values()].map((d) => d.getTime())));

  const [totals, moves, closingRows, overdue] = await Promise.all([
    db.deal.groupBy({ by: ["teamId", "stageId", "currency"], where: { teamId: { in: teamIds } }, _count: { _all: true }, _sum: { amountMinor: true } }),
    stageChangesBetween(db, since, o.now),
    // Over Deal(expectedCloseAt) only (a stage filter made SQLite walk the stage index instead);
    // closed stages and other teams are dropped below.
    db.deal.groupBy({
      by: ["teamId", "stageId", "currency"],
      where: { expectedCloseAt: { gte: o.now, lt: latestWeekEnd } },
      _count: { _all: true },
      _sum: { amountMinor: true },
    }),
    db.followUp.groupBy({ by: ["ownerId"], where: { done: false, dueAt: { lt: o.now }, owner: { teamId: { in: teamIds } } }, _count: { _all: true } }),
  ]);
  const owners = overdue.length
    ? await db.user.findMany({ where: { id: { in: overdue.map((g) => g.ownerId) } }, select: { id: true, name: true, teamId: true } })
    : [];

  const byId = new Map(stages.map((s) => [s.id, s]));
  const ownerById = new Map(owners.map((u) => [u.id, u]));
  const tops = new Map<string, { closing: TopDealRow[]; stale: TopDealRow[] }>();
  for (const team of teams) {
    const query = { teamId: team.id, openStageIds: openIds, now: o.now, weekEnd: weekEnds.get(team.id)!, staleCutoff, top: o.top };
    tops.set(team.id, await teamTopDeals(db, query));
  }
  // Owner names of all listed deals in one query (a relation select would cost one per team and list).
  const listed = [...tops.values()].flatMap((t) => [...t.closing, ...t.stale]);
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: [...new Set(listed.map((d) => d.ownerId))] } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const toDigestDeal = (d: TopDealRow): DigestDeal => ({ ...d, ownerName: names.get(d.ownerId) ?? "?" });
  for (const team of teams) {
    const weekEnd = weekEnds.get(team.id)!;
    const { closing: closingDeals, stale } = tops.get(team.id)!;
    result.set(team.id, {
      teamId: team.id,
      ...stageTotals(
        stages,
        totals.filter((g) => g.teamId === team.id),
      ),
      movement: movementOf(
        byId,
        moves.filter((m) => m.teamId === team.id),
      ),
      since,
      closingThisWeek: closingOf(
        closingRows.filter((g) => g.teamId === team.id && openIds.includes(g.stageId)),
        closingDeals.filter((d) => d.expectedCloseAt! < weekEnd).map(toDigestDeal),
      ),
      topStale: stale.map(toDigestDeal),
      overdueByRep: overdue
        .flatMap((g) => {
          const owner = ownerById.get(g.ownerId);
          return owner?.teamId === team.id ? [{ userId: g.ownerId, name: owner.name, count: g._count._all }] : [];
        })
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    });
  }
  return result;
}

/** One team's digest (the same queries restricted to that team). */
export async function teamDigest(db: DbOrTx, stages: Stage[], teamId: string, o: DigestOptions): Promise<TeamDigest> {
  const digests = await teamDigests(db, stages, [{ id: teamId, timezone: o.timeZone }], o);
  return digests.get(teamId)!;
}

type TotalsRow = { stageId: string; currency: string; _count: { _all: number }; _sum: { amountMinor: bigint | null } };

function stageTotals(stages: Stage[], rows: TotalsRow[]) {
  const stageRows = stages.map((s) => ({ key: s.key, nameZh: s.nameZh, nameEn: s.nameEn, kind: s.kind, count: 0, amounts: {} as Record<string, number> }));
  let openCount = 0;
  const openAmounts: Record<string, number> = {};
  for (const g of rows) {
    const row = stageRows[stages.findIndex((s) => s.id === g.stageId)];
    if (!row) continue;
    const amount = Number(g._sum.amountMinor ?? 0n);
    row.count += g._count._all;
    row.amounts[g.currency] = (row.amounts[g.currency] ?? 0) + amount;
    if (row.kind === "open") {
      openCount += g._count._all;
      openAmounts[g.currency] = (openAmounts[g.currency] ?? 0) + amount;
    }
  }
  return { stages: stageRows, openCount, openAmounts };
}

function movementOf(byId: Map<string, Stage>, moves: { fromStageId: string | null; toStageId: string }[]) {
  const movement = { created: 0, advanced: 0, won: 0, lost: 0 };
  for (const m of moves) {
    const to = byId.get(m.toStageId);
    const from = m.fromStageId ? byId.get(m.fromStageId) : undefined;
    if (!m.fromStageId) movement.created++;
    if (to?.kind === "won") movement.won++;
    else if (to?.kind === "lost") movement.lost++;
    else if (to && from && from.kind === "open" && to.position > from.position) movement.advanced++;
  }
  return movement;
}

function closingOf(rows: { currency: string; _count: { _all: number }; _sum: { amountMinor: bigint | null } }[], deals: DigestDeal[]) {
  const closing = { count: 0, amounts: {} as Record<string, number>, deals };
  for (const g of rows) {
    closing.count += g._count._all;
    closing.amounts[g.currency] = (closing.amounts[g.currency] ?? 0) + Number(g._sum.amountMinor ?? 0n);
  }
  return closing;
}
