import type { SqlStatements } from "../shared/direct-sql.js";
import { newRecordId } from "../shared/record-id.js";

/**
 * claimEvent's first try as a prepared statement (direct-sql.ts): every platform event is
 * recorded before it is acknowledged, so this insert is on the path of every acknowledgement.
 * Writes the row Prisma's create writes; a redelivery breaks the unique (platform, eventId) and
 * throws as Prisma's create does (isUniqueViolation). claim-statement.test.ts compares both.
 */
export async function insertClaim(sql: SqlStatements, event: { platform: string; eventId: string; payload: string | null }, now: Date): Promise<void> {
  const at = sql.date(now);
  await sql.run(
    `INSERT INTO "ProcessedEvent" ("id", "platform", "eventId", "status", "payload", "receivedAt", "claimedAt", "attempts") VALUES (?, ?, ?, 'received', ?, ?, ?, 1)`,
    newRecordId(),
    event.platform,
    event.eventId,
    event.payload,
    at,
    at,
  );
}
