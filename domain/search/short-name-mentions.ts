import { Prisma } from "../../generated/prisma/client.js";
import { type Db, dialectOf } from "../shared/db.js";
import { normalizeText } from "../shared/search-key.js";

export interface MentionedCompany {
  id: string;
  name: string;
}

export interface MentionedContact {
  id: string;
  name: string;
  companyId: string;
}

// The scan reads at most this much of a message; a pasted e-mail thread is not worth more.
const HAYSTACK_CHARS = 2000;

/**
 * Last resort when the parser found no usable name: known companies or contacts whose short
 * name appears in the text ("called acme about pricing", "给李雷打了电话"). The first word of
 * searchKey is the normalized short name; longer names win.
 */
export class ShortNameMentions {
  constructor(private readonly db: Db) {}

  async companies(text: string): Promise<MentionedCompany[]> {
    const haystack = normalizeText(text).slice(0, HAYSTACK_CHARS);
    if (haystack.length < 2) return [];
    const sql = this.fragments();
    return this.db.$queryRaw<MentionedCompany[]>`
      SELECT id, name FROM (
        SELECT id, name, ${sql.shortKey} AS "shortKey" FROM "Company"
      ) AS c WHERE length("shortKey") >= 2 AND ${sql.occursIn(haystack, Prisma.sql`"shortKey"`)}
      ORDER BY length("shortKey") DESC LIMIT 5`;
  }

  async contacts(text: string): Promise<MentionedContact[]> {
    const haystack = normalizeText(text).slice(0, HAYSTACK_CHARS);
    if (haystack.length < 2) return [];
    const sql = this.fragments();
    return this.db.$queryRaw<MentionedContact[]>`
      SELECT id, name, "companyId" FROM (
        SELECT id, name, "companyId", "erasedAt", ${sql.shortKey} AS "shortKey" FROM "Contact"
      ) AS c WHERE "erasedAt" IS NULL AND length("shortKey") >= 2 AND ${sql.occursIn(haystack, Prisma.sql`"shortKey"`)}
      ORDER BY length("shortKey") DESC LIMIT 5`;
  }

  /** SQL for "the first word of searchKey" and "needle occurs in haystack" in the database's dialect. */
  private fragments() {
    // SQLite has instr() but no strpos()/split_part(); PostgreSQL the other way round.
    return dialectOf(this.db) === "postgres"
      ? {
          shortKey: Prisma.sql`split_part("searchKey", ' ', 1)`,
          occursIn: (haystack: string, needle: Prisma.Sql) => Prisma.sql`strpos(${haystack}::text, ${needle}) > 0`,
        }
      : {
          shortKey: Prisma.sql`substr("searchKey", 1, instr("searchKey" || ' ', ' ') - 1)`,
          occursIn: (haystack: string, needle: Prisma.Sql) => Prisma.sql`instr(${haystack}, ${needle}) > 0`,
        };
  }
}
