import { Prisma } from "../../generated/prisma/client.js";
import { type Db, dialectOf } from "../../domain/shared/db.js";
import { normalizeText } from "../../domain/shared/search-key.js";

/** SQL for "the first word of searchKey" and "needle occurs in haystack" in the database's dialect. */
function fragments(db: Db) {
  // SQLite has instr() but no strpos()/split_part(); PostgreSQL the other way round.
  return dialectOf(db) === "postgres"
    ? {
        shortKey: Prisma.sql`split_part("searchKey", ' ', 1)`,
        occursIn: (haystack: string, needle: Prisma.Sql) => Prisma.sql`strpos(${haystack}::text, ${needle}) > 0`,
      }
    : {
        shortKey: Prisma.sql`substr("searchKey", 1, instr("searchKey" || ' ', ' ') - 1)`,
        occursIn: (haystack: string, needle: Prisma.Sql) => Prisma.sql`instr(${haystack}, ${needle}) > 0`,
      };
}

/**
 * Last resort when the parser found no usable name: known companies or contacts whose short
 * name appears in the text ("called acme about pricing", "给李雷打了电话"). The first word of
 * searchKey is the normalized short name; longer names win.
 */
export async function findMentionedCompanies(db: Db, text: string): Promise<{ id: string; name: string }[]> {
  const haystack = normalizeText(text).slice(0, 2000);
  if (haystack.length < 2) return [];
  const sql = fragments(db);
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM (
      SELECT id, name, ${sql.shortKey} AS "shortKey" FROM "Company"
    ) AS c WHERE length("shortKey") >= 2 AND ${sql.occursIn(haystack, Prisma.sql`"shortKey"`)}
    ORDER BY length("shortKey") DESC LIMIT 5`;
}

export async function findMentionedContacts(db: Db, text: string): Promise<{ id: string; name: string; companyId: string }[]> {
  const haystack = normalizeText(text).slice(0, 2000);
  if (haystack.length < 2) return [];
  const sql = fragments(db);
  return db.$queryRaw<{ id: string; name: string; companyId: string }[]>`
    SELECT id, name, "companyId" FROM (
      SELECT id, name, "companyId", "erasedAt", ${sql.shortKey} AS "shortKey" FROM "Contact"
    ) AS c WHERE "erasedAt" IS NULL AND length("shortKey") >= 2 AND ${sql.occursIn(haystack, Prisma.sql`"shortKey"`)}
    ORDER BY length("shortKey") DESC LIMIT 5`;
}
