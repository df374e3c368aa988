import { type DirectSql, placeholders, type SqlStatements } from "../shared/direct-sql.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { toJson } from "../shared/json.js";
import { newRecordId } from "../shared/record-id.js";
import { insertOutbound } from "../outbox/outbox-statements.js";
import { directMessage, type Notifier, type NotifyOptions, teamMessage } from "../outbox/notifier.js";
import { type AlertClaim, type BatchItem, claimInChunks } from "./alert-claim.js";
import type { AlertOutbox } from "./outbox-port.js";

/**
 * claimBatch (alert-claim.ts) as prepared statements on SQLite (direct-sql.ts): a stale-deal
 * run claims hundreds of alerts, each an Alert row, the at-risk mark with its audit row and an
 * outbox row per reader — about eight Prisma calls an alert before. Same rows, and the same
 * chunks and fallback (claimInChunks); alert-claim-statements.test.ts compares the rows with the Prisma path.
 */
export function claimBatchDirect<T>(
  direct: DirectSql,
  items: BatchItem<T>[],
  now: Date,
  deliver: (sql: SqlStatements, alertId: string, item: T) => Promise<number>,
): Promise<{ sent: number; duplicates: number }> {
  return claimInChunks(
    items,
    (chunk) =>
      direct.write(async (sql) => {
        for (const { claim, item } of chunk) await claimIn(sql, claim, now, (alertId) => deliver(sql, alertId, item));
      }),
    async ({ claim, item }) => {
      try {
        await direct.write((sql) => claimIn(sql, claim, now, (alertId) => deliver(sql, alertId, item)));
        return "sent";
      } catch (error) {
        if (isUniqueViolation(error)) return "duplicate";
        throw error;
      }
    },
  );
}

/** claimIn's rows: the claim first, then the deliver step, then "undelivered" when nobody was reached. */
async function claimIn(sql: SqlStatements, claim: AlertClaim, now: Date, deliver: (alertId: string) => Promise<number>): Promise<void> {
  const id = newRecordId();
  const at = sql.date(now);
  await sql.run(
    `INSERT INTO "Alert" ("id", "kind", "subjectType", "subjectId", "periodKey", "status", "recipientId", "payload", "createdAt", "sentAt") VALUES (?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?)`,
    id,
    claim.kind,
    claim.subjectType,
    claim.subjectId,
    claim.periodKey,
    claim.recipientId ?? null,
    claim.payload === undefined ? null : toJson(claim.payload),
    at,
    at,
  );
  const delivered = await deliver(id);
  if (delivered === 0) await sql.run(`UPDATE "Alert" SET "status" = 'undelivered' WHERE "id" = ?`, id);
}

/** markAtRiskIn (stale-deal.scan.ts): the mark and its audit row, unless the deal is at risk already. */
export async function markAtRiskRow(sql: SqlStatements, dealId: string, reason: { days: number; lastActivityAt: Date }): Promise<void> {
  const now = sql.date(new Date());
  const changed = await sql.run(
    `UPDATE "Deal" SET "atRisk" = ?, "updatedAt" = ? WHERE "id" = ? AND "atRisk" = ?`,
    sql.bool(true),
    now,
    dealId,
    sql.bool(false),
  );
  if (changed.changes === 0) return;
  await sql.run(
    `INSERT INTO "AuditLog" ("id", "actorId", "channel", "action", "entityType", "entityId", "before", "after", "sourceEventKey", "createdAt") VALUES (?, NULL, NULL, 'deal.at-risk', 'deal', ?, ?, ?, NULL, ?)`,
    newRecordId(),
    dealId,
    toJson({ atRisk: false }),
    toJson({ atRisk: true, reason: "stale", days: reason.days, lastActivityAt: reason.lastActivityAt.toISOString() }),
    now,
  );
}

/** outboxIn (outbox-port.ts) over the notifier: the same messages, queued by prepared statements. */
export function directOutbox<R>(sql: SqlStatements, notifier: Notifier<R>, now: Date): AlertOutbox<R> {
  const { platforms } = notifier;
  const marks = placeholders(platforms);
  const teamChats = async (teamId: string, purpose: string) =>
    (await sql.all(
      `SELECT "platform", "conversationId" FROM "TeamChannel" WHERE "teamId" = ? AND "purpose" = ? AND "platform" IN (${marks})`,
      teamId,
      purpose,
      ...platforms,
    )) as { platform: string; conversationId: string }[];
  return {
    async toUser(userId: string, reply: R, options: NotifyOptions = {}) {
      if (platforms.length === 0) return 0;
      const identities = (await sql.all(
        `SELECT "platform", "platformUserId", "tenantId" FROM "ChannelIdentity" WHERE "userId" = ? AND "platform" IN (${marks}) ORDER BY "createdAt" ASC`,
        userId,
        ...platforms,
      )) as { platform: string; platformUserId: string; tenantId: string }[];
      for (const identity of identities) await insertOutbound(sql, directMessage(identity, reply, options), now);
      return identities.length;
    },
    async toTeam(teamId: string, purpose: string, reply: R, options: NotifyOptions = {}) {
      if (platforms.length === 0) return 0;
      const channels = await teamChats(teamId, purpose);
      for (const channel of channels) await insertOutbound(sql, teamMessage(channel, reply, options), now);
      return channels.length;
    },
    async buttonlessTeamChats(teamId: string, purpose: string) {
      return platforms.length === 0 ? 0 : notifier.buttonless(await teamChats(teamId, purpose));
    },
    async team(teamId: string) {
      const row = (await sql.get(`SELECT "locale", "timezone" FROM "Team" WHERE "id" = ?`, teamId)) as { locale: string; timezone: string } | undefined;
      return row ?? null;
    },
  };
}
