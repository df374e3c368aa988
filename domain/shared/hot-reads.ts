import type { Company, Deal, PipelineStage, User } from "../../generated/prisma/client.js";
import type { SqlStatements } from "./direct-sql.js";
import { COMPANY, DEAL, dateOf, readRowAt, STAGE, selectList, USER } from "./sqlite-rows.js";

/**
 * The reads every logged sentence makes, as prepared statements (see direct-sql.ts). Each
 * returns what the Prisma query it stands in for returns; sqlite-rows.test.ts compares them.
 */

// The statements are built once: the statement cache looks each up by its text, and a string
// built per call is hashed afresh every time (a kilobyte or more with its column list).
const IDENTITY_USER = `SELECT ${selectList(USER, "u")} FROM "ChannelIdentity" AS "i" JOIN "User" AS "u" ON "u"."id" = "i"."userId"
  WHERE "i"."platform" = ? AND "i"."tenantId" = ? AND "i"."platformUserId" = ?`;
const OPEN_DEALS_OF = `SELECT ${selectList(DEAL, "d")} FROM "Deal" AS "d" JOIN "PipelineStage" AS "s" ON "s"."id" = "d"."stageId"
  WHERE "d"."companyId" = ? AND "s"."kind" = 'open' ORDER BY "d"."updatedAt" DESC LIMIT 10`;

/** The user behind a platform account (ChannelIdentity → User), or null. */
export async function identityUser(sql: SqlStatements, key: { platform: string; tenantId: string; platformUserId: string }): Promise<User | null> {
  const row = await sql.getValues(IDENTITY_USER, key.platform, key.tenantId, key.platformUserId);
  return row ? readRowAt<User>(USER, row, 0) : null;
}

/**
 * `LIMIT n` written into a statement's text, one text per n (the callers pass a constant). A bound
 * `LIMIT ?` is read by SQLite's planner (3.47+), so rebinding it made every run compile the
 * statement again (sqlite3Reprepare): about 20 µs of each logged call's people read.
 */
function withLimit(texts: Map<number, string>, limit: number, text: (limit: number) => string): string {
  let sql = texts.get(limit);
  if (sql === undefined) {
    if (!Number.isSafeInteger(limit)) throw new Error(`limit must be an integer, got ${limit}`);
    sql = text(limit);
    if (texts.size < 16) texts.set(limit, sql);
  }
  return sql;
}

const PEOPLE_OF = new Map<number, string>();

/** The people of one customer (not erased), at most `limit`. */
export async function peopleOf(sql: SqlStatements, companyId: string, limit: number): Promise<{ id: string; name: string; title: string | null }[]> {
  const text = withLimit(PEOPLE_OF, limit, (n) => `SELECT "id", "name", "title" FROM "Contact" WHERE "companyId" = ? AND "erasedAt" IS NULL LIMIT ${n}`);
  return (await sql.all(text, companyId)).map((r) => ({
    id: r.id as string,
    name: r.name as string,
    title: (r.title as string | null) ?? null,
  }));
}

/** Open deals of a company, most recently updated first, at most 10. */
export async function openDealsOf(sql: SqlStatements, companyId: string): Promise<Deal[]> {
  return (await sql.allValues(OPEN_DEALS_OF, companyId)).map((r) => readRowAt<Deal>(DEAL, r, 0));
}

export type DealWithParts = Deal & { stage: PipelineStage; company: Company; owner: User };

/** The columns of a deal ("d") with its stage ("s"), company ("c") and owner ("u"), for readDealWithParts. */
export const DEAL_WITH_PARTS_COLUMNS = `${selectList(DEAL, "d")}, ${selectList(STAGE, "s")}, ${selectList(COMPANY, "c")}, ${selectList(USER, "u")}`;

const DEAL_WITH_PARTS = `SELECT ${DEAL_WITH_PARTS_COLUMNS}
  FROM "Deal" AS "d" JOIN "PipelineStage" AS "s" ON "s"."id" = "d"."stageId" JOIN "Company" AS "c" ON "c"."id" = "d"."companyId"
  JOIN "User" AS "u" ON "u"."id" = "d"."ownerId" WHERE "d"."id" = ?`;

/** Where each part's columns start in a row of DEAL_WITH_PARTS_COLUMNS read as values (getValues). */
export const DEAL_WITH_PARTS_AT = {
  deal: 0,
  stage: DEAL.columns.length,
  company: DEAL.columns.length + STAGE.columns.length,
  owner: DEAL.columns.length + STAGE.columns.length + COMPANY.columns.length,
} as const;

/** A row of DEAL_WITH_PARTS_COLUMNS (as values) as the deal Prisma returns with `include: { stage, company, owner }`. */
export function readDealWithParts(row: readonly unknown[]): DealWithParts {
  return {
    ...readRowAt<Deal>(DEAL, row, DEAL_WITH_PARTS_AT.deal),
    stage: readRowAt<PipelineStage>(STAGE, row, DEAL_WITH_PARTS_AT.stage),
    company: readRowAt<Company>(COMPANY, row, DEAL_WITH_PARTS_AT.company),
    owner: readRowAt<User>(USER, row, DEAL_WITH_PARTS_AT.owner),
  };
}

/** One deal with its stage, company and owner, or null. */
export async function dealWithParts(sql: SqlStatements, id: string): Promise<DealWithParts | null> {
  const row = await sql.getValues(DEAL_WITH_PARTS, id);
  return row ? readDealWithParts(row) : null;
}

/**
 * The newest live pending record of one kind for a user (PendingStore.latestOfKind): read before
 * every typed message, to see whether it answers a question the bot asked.
 */
export async function latestPendingOfKind(sql: SqlStatements, userId: string, kind: string, now: Date): Promise<{ id: string; payload: string } | null> {
  const row = await sql.get(
    `SELECT "id", "payload" FROM "PendingAction" WHERE "userId" = ? AND "kind" = ? AND "consumedAt" IS NULL AND "expiresAt" > ?
     ORDER BY "createdAt" DESC LIMIT 1`,
    userId,
    kind,
    sql.date(now),
  );
  return row ? { id: row.id as string, payload: row.payload as string } : null;
}

const OPEN_FOLLOW_UPS_WITH = new Map<number, string>();

/** Open follow-ups of one owner with one customer due before `before`, earliest first (FollowUpService.openWith). */
export async function openFollowUpsWith(
  sql: SqlStatements,
  ownerId: string,
  companyId: string,
  before: Date,
  limit: number,
): Promise<{ id: string; title: string; dueAt: Date }[]> {
  const text = withLimit(
    OPEN_FOLLOW_UPS_WITH,
    limit,
    (n) =>
      `SELECT "id", "title", "dueAt" FROM "FollowUp" WHERE "ownerId" = ? AND "companyId" = ? AND "done" = ? AND "dueAt" < ? ORDER BY "dueAt" ASC LIMIT ${n}`,
  );
  const rows = await sql.all(text, ownerId, companyId, sql.bool(false), sql.date(before));
  return rows.map((r) => ({ id: r.id as string, title: r.title as string, dueAt: dateOf(r.dueAt as string | number | bigint | Date) }));
}
