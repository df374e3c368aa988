import type { DbOrTx } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";

export interface StageChangeOfTeam {
  fromStageId: string | null;
  toStageId: string;
  /** The deal's team (null for a deal without one). */
  teamId: string | null;
}

/**
 * Every stage change in [from, to] with its deal's team, for the digests' movement counts. Found
 * by time only (DealStageChange(changedAt)): filtering on the teams inside made SQLite walk every
 * deal of the teams instead. With the hot statements on (direct-sql.ts) it is one join; Prisma
 * fetches the relation as a second query whose IN list holds every deal id (thousands a day).
 */
export async function stageChangesBetween(db: DbOrTx, from: Date, to: Date): Promise<StageChangeOfTeam[]> {
  const direct = directSqlOf(db);
  if (direct) {
    const rows = await direct.read((sql) =>
      sql.all(
        `SELECT "c"."fromStageId", "c"."toStageId", "d"."teamId" FROM "DealStageChange" AS "c" JOIN "Deal" AS "d" ON "d"."id" = "c"."dealId"
         WHERE "c"."changedAt" >= ? AND "c"."changedAt" <= ?`,
        sql.date(from),
        sql.date(to),
      ),
    );
    return rows.map((r) => ({
      fromStageId: (r.fromStageId as string | null) ?? null,
      toStageId: r.toStageId as string,
      teamId: (r.teamId as string | null) ?? null,
    }));
  }
  const changes = await db.dealStageChange.findMany({
    where: { changedAt: { gte: from, lte: to } },
    select: { fromStageId: true, toStageId: true, deal: { select: { teamId: true } } },
  });
  return changes.map((c) => ({ fromStageId: c.fromStageId, toStageId: c.toStageId, teamId: c.deal.teamId }));
}
