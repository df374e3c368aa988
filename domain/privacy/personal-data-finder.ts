import { dialectOf, type DbOrTx } from "../shared/db.js";
import type { PersonMatcher } from "./person-matcher.js";
import { PERSONAL_DATA_SOURCES, type PersonalDataSource } from "./personal-data-sources.js";

/** One row that holds the person. */
export interface FoundRow {
  table: string;
  id: string;
  /** Linked to the contact (or records a change of a linked row): all its text is about them. */
  linked: boolean;
  /** The row's text columns as stored. */
  fields: Record<string, string | null>;
}

const PAGE = 500;

/**
 * "The rows that hold this person", the one definition export and erase share: every row of
 * PERSONAL_DATA_SOURCES linked to the contact, or whose text names them (see PersonMatcher).
 * Text matching (phone formats, word boundaries) cannot be said in SQL on both databases, so the
 * tables are read page by page and matched here; export and erase are rare admin requests.
 */
export async function findPersonalData(db: DbOrTx, contactId: string, matcher: PersonMatcher): Promise<FoundRow[]> {
  const found: FoundRow[] = [];
  // entity type → ids of linked rows, so their audit rows count as linked too.
  const linkedEntities = new Map<string, Set<string>>([["contact", new Set([contactId])]]);
  for (const source of PERSONAL_DATA_SOURCES) {
    for await (const row of readRows(db, source)) {
      const fields = Object.fromEntries(source.text.map((c) => [c, asText(row[c])]));
      const linked = isLinked(source, row, contactId, linkedEntities);
      if (!linked && !Object.values(fields).some((v) => matcher.matches(v))) continue;
      found.push({ table: source.table, id: String(row.id), linked, fields });
      if (linked && source.auditEntity) {
        const ids = linkedEntities.get(source.auditEntity) ?? new Set<string>();
        ids.add(String(row.id));
        linkedEntities.set(source.auditEntity, ids);
      }
    }
  }
  return found;
}

function isLinked(source: PersonalDataSource, row: Record<string, unknown>, contactId: string, linkedEntities: Map<string, Set<string>>): boolean {
  if (source.contactColumn) return row[source.contactColumn] === contactId;
  if (source.audit) return linkedEntities.get(String(row.entityType))?.has(String(row.entityId)) ?? false;
  return false;
}

async function* readRows(db: DbOrTx, source: PersonalDataSource): AsyncGenerator<Record<string, unknown>> {
  const columns = ["id", ...(source.contactColumn ? [source.contactColumn] : []), ...(source.audit ? ["entityType", "entityId"] : []), ...source.text];
  const param = dialectOf(db) === "postgres" ? "$1" : "?";
  const sql = `SELECT ${columns.map(quote).join(", ")} FROM ${quote(source.table)} WHERE "id" > ${param} ORDER BY "id" LIMIT ${PAGE}`;
  let after = "";
  for (;;) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, after);
    for (const row of rows) yield row;
    if (rows.length < PAGE) return;
    after = String(rows[rows.length - 1]?.id);
  }
}

/** Writes new values of a row's text columns (raw SQL: redaction is not a business change, so updatedAt stays). */
export async function writeTexts(db: DbOrTx, table: string, id: string, fields: Record<string, string | null>): Promise<void> {
  const source = PERSONAL_DATA_SOURCES.find((s) => s.table === table);
  const columns = Object.keys(fields).filter((c) => source?.text.includes(c));
  if (!source || columns.length === 0) return;
  const pg = dialectOf(db) === "postgres";
  const p = (n: number) => (pg ? `$${n}` : "?");
  const sets = columns.map((c, i) => `${quote(c)} = ${p(i + 1)}`).join(", ");
  await db.$executeRawUnsafe(`UPDATE ${quote(table)} SET ${sets} WHERE "id" = ${p(columns.length + 1)}`, ...columns.map((c) => fields[c] ?? null), id);
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, "")}"`;
const asText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
