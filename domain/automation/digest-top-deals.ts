import type { DbOrTx } from "../shared/db.js";
import { directSqlOf, placeholders, type SqlStatements } from "../shared/direct-sql.js";
import { type ModelSpec, readRow, selectList } from "../shared/sqlite-rows.js";

/** The columns a digest lists of a deal. */
export interface TopDealRow {
  id: string;
  number: number;
  title: string;
  amountMinor: bigint;
  currency: string;
  lastActivityAt: Date;
  expectedCloseAt: Date | null;
  ownerId: string;
}

export interface TopDealsQuery {
  teamId: string;
  openStageIds: string[];
  now: Date;
  /** Deals expected to close in [now, weekEnd). */
  weekEnd: Date;
  /** Deals with no activity since this instant are stale. */
  staleCutoff: Date;
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
  ownerId: true,
} as const;

/**
 * One team's two top-N lists (biggest first): open deals closing this week and stale open deals.
 * Each is a small indexed query (Deal(teamId, expectedCloseAt), Deal(teamId, amountMinor)); a
 * digest runs them for every team, so with the hot statements on (direct-sql.ts) they are
 * prepared statements — a Prisma call costs more than the query itself.
 */
export async function teamTopDeals(db: DbOrTx, q: TopDealsQuery): Promise<{ closing: TopDealRow[]; stale: TopDealRow[] }> {
  if (q.openStageIds.length === 0) return { closing: [], stale: [] };
  const direct = directSqlOf(db);
  if (direct) return direct.read(async (sql) => ({ closing: await closingSql(sql, q), stale: await staleSql(sql, q) }));
  const open = { teamId: q.teamId, stageId: { in: q.openStageIds } };
  const orderBy = [{ amountMinor: "desc" as const }, { number: "asc" as const }];
  const [closing, stale] = await Promise.all([
    db.deal.findMany({ where: { ...open, expectedCloseAt: { gte: q.now, lt: q.weekEnd } }, select: dealSelect, orderBy, take: q.top }),
    db.deal.findMany({ where: { ...open, lastActivityAt: { lt: q.staleCutoff } }, select: dealSelect, orderBy, take: q.top }),
  ]);
  return { closing, stale };
}

/** The listed columns as readRow converts them (the Prisma path selects the same, `dealSelect`). */
const LISTED: ModelSpec = {
  columns: Object.keys(dealSelect),
  dates: ["lastActivityAt", "expectedCloseAt"],
  ints: ["number"],
  bigints: ["amountMinor"],
};

function closingSql(sql: SqlStatements, q: TopDealsQuery): Promise<TopDealRow[]> {
  return topSql(sql, q, `"d"."expectedCloseAt" >= ? AND "d"."expectedCloseAt" < ?`, [sql.date(q.now), sql.date(q.weekEnd)]);
}

function staleSql(sql: SqlStatements, q: TopDealsQuery): Promise<TopDealRow[]> {
  return topSql(sql, q, `"d"."lastActivityAt" < ?`, [sql.date(q.staleCutoff)]);
}

/** The team's open deals meeting `condition`, biggest first, at most `q.top`. */
async function topSql(sql: SqlStatements, q: TopDealsQuery, condition: string, args: unknown[]): Promise<TopDealRow[]> {
  const rows = await sql.all(
    `SELECT ${selectList(LISTED, "d")} FROM "Deal" AS "d"
     WHERE "d"."teamId" = ? AND "d"."stageId" IN (${placeholders(q.openStageIds)}) AND ${condition}
     ORDER BY "d"."amountMinor" DESC, "d"."number" ASC LIMIT ?`,
    q.teamId,
    ...q.openStageIds,
    ...args,
    q.top,
  );
  return rows.map((raw) => readRow<TopDealRow>(LISTED, raw, "d"));
}
