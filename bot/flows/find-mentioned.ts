import type { Db } from "../../domain/shared/db.js";
import { normalizeText } from "../../domain/shared/search-key.js";

/**
 * Last resort when the parser found no usable name: known companies or contacts whose short
 * name appears in the text ("called acme about pricing", "给李雷打了电话"). The first word of
 * searchKey is the normalized short name; longer names win.
 */
export async function findMentionedCompanies(db: Db, text: string): Promise<{ id: string; name: string }[]> {
  const haystack = normalizeText(text).slice(0, 2000);
  if (haystack.length < 2) return [];
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM (
      SELECT id, name, substr("searchKey", 1, instr("searchKey" || ' ', ' ') - 1) AS "shortKey" FROM "Company"
    ) WHERE length("shortKey") >= 2 AND instr(${haystack}, "shortKey") > 0
    ORDER BY length("shortKey") DESC LIMIT 5`;
}

export async function findMentionedContacts(db: Db, text: string): Promise<{ id: string; name: string; companyId: string }[]> {
  const haystack = normalizeText(text).slice(0, 2000);
  if (haystack.length < 2) return [];
  return db.$queryRaw<{ id: string; name: string; companyId: string }[]>`
    SELECT id, name, "companyId" FROM (
      SELECT id, name, "companyId", "erasedAt", substr("searchKey", 1, instr("searchKey" || ' ', ' ') - 1) AS "shortKey" FROM "Contact"
    ) WHERE "erasedAt" IS NULL AND length("shortKey") >= 2 AND instr(${haystack}, "shortKey") > 0
    ORDER BY length("shortKey") DESC LIMIT 5`;
}
