import type { DbOrTx } from "../shared/db.js";
import { ERASED, type PersonMatcher } from "./person-matcher.js";
import { type FoundRow, writeTexts } from "./personal-data-finder.js";

/**
 * Keys of audit snapshots that never hold personal data (ids, dates, states): kept, so the trail
 * still says which record changed how. Every other string value of a linked audit row is erased.
 */
const AUDIT_KEEP = new Set([
  "id",
  "companyId",
  "contactId",
  "dealId",
  "ownerId",
  "actorId",
  "assigneeId",
  "reporterId",
  "quoteId",
  "stageId",
  "teamId",
  "userId",
  "createdAt",
  "updatedAt",
  "occurredAt",
  "dueAt",
  "doneAt",
  "closedAt",
  "erasedAt",
  "slaDueAt",
  "kind",
  "status",
  "priority",
  "number",
  "channel",
  "done",
  "erased",
  "version",
  "file",
]);

/**
 * Redacts one found row in place (the row stays, so counts and dates survive):
 * a linked row loses all its text; an audit row about a linked record keeps only AUDIT_KEEP keys;
 * any other row has each mention of the person replaced by the marker.
 * Returns whether the row changed.
 */
export async function redactRow(db: DbOrTx, row: FoundRow, matcher: PersonMatcher): Promise<boolean> {
  const next: Record<string, string | null> = {};
  for (const [column, value] of Object.entries(row.fields)) {
    if (value === null) continue;
    let text: string;
    if (!row.linked) text = matcher.redact(value);
    else if (row.table === "AuditLog") text = matcher.redact(redactAuditJson(value));
    else text = value === "" ? value : ERASED;
    if (text !== value) next[column] = text;
  }
  if (Object.keys(next).length === 0) return false;
  await writeTexts(db, row.table, row.id, next);
  // The search index holds the summary's words: drop them; the indexer reads the redacted text again.
  if (row.table === "Activity") {
    await db.activityTerm.deleteMany({ where: { activityId: row.id } });
    await db.activity.update({ where: { id: row.id }, data: { termsIndexed: false } });
  }
  return true;
}

function redactAuditJson(json: string): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(json) as unknown, ""));
  } catch {
    return ERASED;
  }
}

function redactValue(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((v) => redactValue(v, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, k)]));
  }
  if (typeof value === "string" && !AUDIT_KEEP.has(key)) return ERASED;
  return value;
}
