import { placeholders, type SqlStatements } from "../shared/direct-sql.js";
import { newRecordId } from "../shared/record-id.js";
import { dateOf } from "../shared/sqlite-rows.js";
import { conversationKey, type OutboundMessage } from "./outbox.js";
import type { OutboxRow } from "./outbox-store.js";

/**
 * The outbox's per-message statements as prepared statements (direct-sql.ts): every platform
 * event queues its replies and each reply is leased and marked sent, three Prisma transactions
 * per message before. Each writes what the Prisma path in outbox.ts, event-ledger.ts and
 * outbox-store.ts writes (outbox-statements.test.ts compares them).
 */

/** enqueueOutbound's row. */
export async function insertOutbound(sql: SqlStatements, message: OutboundMessage, now: Date): Promise<string> {
  const { platform, ...rest } = message;
  const id = newRecordId();
  const at = sql.date(now);
  await sql.run(
    `INSERT INTO "OutboxMessage" ("id", "platform", "conversationId", "payload", "status", "attempts", "nextAttemptAt", "createdAt") VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)`,
    id,
    platform,
    conversationKey(message.target),
    JSON.stringify(rest),
    at,
    at,
  );
  return id;
}

/** EventLedger.finish: the replies queued and the event marked, together; false (nothing written) when the event was never recorded. */
export async function finishEvent(
  sql: SqlStatements,
  event: { platform: string; eventId: string; status: "processed" | "failed" },
  replies: readonly OutboundMessage[],
  now: Date,
): Promise<boolean> {
  if (!(await sql.get(`SELECT "id" FROM "ProcessedEvent" WHERE "platform" = ? AND "eventId" = ?`, event.platform, event.eventId))) return false;
  for (const reply of replies) await insertOutbound(sql, reply, now);
  await sql.run(
    `UPDATE "ProcessedEvent" SET "status" = ?, "processedAt" = ? WHERE "platform" = ? AND "eventId" = ?`,
    event.status,
    sql.date(now),
    event.platform,
    event.eventId,
  );
  return true;
}

/** OutboxStore.due. */
export async function dueRows(sql: SqlStatements, platforms: readonly string[], take: number): Promise<OutboxRow[]> {
  if (platforms.length === 0) return [];
  const marks = placeholders(platforms);
  const rows = await sql.all(
    `SELECT "id", "platform", "conversationId", "payload", "status", "attempts", "nextAttemptAt" FROM "OutboxMessage"
     WHERE "status" IN ('pending', 'sending') AND "platform" IN (${marks}) ORDER BY "createdAt" ASC, "id" ASC LIMIT ?`,
    ...platforms,
    take,
  );
  return rows.map((r) => ({
    id: r.id as string,
    platform: r.platform as string,
    conversationId: r.conversationId as string,
    payload: r.payload as string,
    status: r.status as string,
    attempts: Number(r.attempts),
    nextAttemptAt: dateOf(r.nextAttemptAt as string | Date),
  }));
}

/** OutboxStore.lease: the row taken if it is still exactly as read. */
export async function leaseRow(sql: SqlStatements, row: OutboxRow, now: Date, leaseMs: number): Promise<boolean> {
  const taken = await sql.run(
    `UPDATE "OutboxMessage" SET "status" = 'sending', "nextAttemptAt" = ?, "attempts" = "attempts" + 1 WHERE "id" = ? AND "status" = ? AND "nextAttemptAt" = ?`,
    sql.date(new Date(now.getTime() + leaseMs)),
    row.id,
    row.status,
    sql.date(row.nextAttemptAt),
  );
  return taken.changes === 1;
}

/** OutboxStore.markSent: false (nothing written) when the row is gone. */
export async function markSentRow(
  sql: SqlStatements,
  row: OutboxRow,
  message: Pick<OutboundMessage, "target" | "cardFor">,
  messageRef: string | undefined,
  now: Date,
): Promise<boolean> {
  const sent = await sql.run(`UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ?, "lastError" = NULL WHERE "id" = ?`, sql.date(now), row.id);
  if (sent.changes !== 1) return false;
  if (message.cardFor && messageRef) {
    await sql.run(
      `INSERT INTO "CardPost" ("id", "platform", "conversationId", "messageRef", "entityType", "entityId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
      newRecordId(),
      row.platform,
      message.target.conversationId,
      messageRef,
      message.cardFor.entityType,
      message.cardFor.entityId,
      sql.date(new Date()),
    );
  }
  return true;
}
