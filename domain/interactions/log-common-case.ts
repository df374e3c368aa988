import { activityInputSchema } from "../activities/activity.service.js";
import { followUpInputSchema } from "../followups/followup.service.js";
import type { Actor } from "../shared/actor.js";
import type { CheckedWrites, DirectSql, PlannedWrite, SqlStatements } from "../shared/direct-sql.js";
import { toJson } from "../shared/json.js";
import { newRecordId } from "../shared/record-id.js";
import { AlreadyRecordedError } from "../shared/source-event.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { COMPANY, readRowAt } from "../shared/sqlite-rows.js";
import { DEAL_WITH_PARTS_AT, DEAL_WITH_PARTS_COLUMNS, readDealWithParts } from "../shared/hot-reads.js";
import type { Company } from "../../generated/prisma/client.js";
import { mayWriteCustomer } from "../users/customer-access.js";
import { canView } from "../users/permissions.js";
import { activityFor, dealEffect, followUpFor } from "./interaction-parts.js";
import type { InteractionInput, LoggedInteraction } from "./log-interaction.js";

/**
 * The sentence most messages are — an activity (and perhaps a follow-up) on a known customer the
 * actor may write, on its open deal or none, changing no deal — written with prepared statements
 * all at once (DirectSql.checkedWrite: one transaction on SQLite, one statement after the reads on
 * PostgreSQL; issue 16: the Prisma path costs about 7 ms, this about 0.3 ms). It writes
 * exactly the rows and audit entries InteractionService.logIn writes; log-common-case.test.ts
 * compares both. Anything else (a company or deal to create, a deal change, a refusal, a bad
 * input) returns null before writing, and the Prisma path handles it with its own errors.
 */
export async function logCommonCase(direct: DirectSql, actor: Actor, input: InteractionInput): Promise<LoggedInteraction | null> {
  if (!mayBeCommonCase(input)) return null;
  // A replay meets the audit rows' unique source key: unlike writeAudit no look first, since the
  // whole write is refused either way (one round trip fewer on PostgreSQL).
  let sourceKey: string | null = null;
  try {
    return await direct.checkedWrite(async (sql) => {
      const plan = await planCommonCase(sql, actor, input);
      sourceKey = plan?.sourceKey ?? null;
      return plan;
    });
  } catch (error) {
    if (sourceKey && isUniqueViolation(error)) throw new AlreadyRecordedError(sourceKey);
    throw error;
  }
}

// Built once: see hot-reads.ts on statement texts.
const COMPANY_AND_DEAL = `SELECT ${DEAL_WITH_PARTS_COLUMNS} FROM "Company" AS "c" LEFT JOIN "Deal" AS "d" ON "d"."id" = ?
  LEFT JOIN "PipelineStage" AS "s" ON "s"."id" = "d"."stageId" LEFT JOIN "User" AS "u" ON "u"."id" = "d"."ownerId" WHERE "c"."id" = ?`;

/** The checks, then the rows to write and the result to return; null for anything that is not the common case. */
async function planCommonCase(
  sql: SqlStatements,
  actor: Actor,
  input: CommonCaseInput,
): Promise<(CheckedWrites<LoggedInteraction> & { sourceKey: string | null }) | null> {
  const dealId = input.dealId ?? null;
  const activity = activityInputSchema.safeParse(activityFor(input.activity, input, input.company.id, dealId));
  if (!activity.success) return null;

  // The company and the deal with its parts in one statement (one round trip on PostgreSQL): the
  // reply's deal card is built from it. No deal: the deal's columns are null.
  const found = await sql.getValues(COMPANY_AND_DEAL, dealId, input.company.id);
  if (!found) return null;
  const companyRow = readRowAt<Company>(COMPANY, found, DEAL_WITH_PARTS_AT.company);
  if (!mayWriteCustomer(actor, companyRow)) return null;
  const company = { id: companyRow.id, name: companyRow.name, teamId: companyRow.teamId, ownerId: companyRow.ownerId };
  const deal = dealId && found[DEAL_WITH_PARTS_AT.deal] != null ? readDealWithParts(found) : null;
  if (dealId && (!deal || deal.companyId !== company.id || !canView(actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId }))) return null;
  if (input.contactId) {
    const contact = (await sql.get(`SELECT "companyId" FROM "Contact" WHERE "id" = ?`, input.contactId)) as { companyId: string } | undefined;
    if (!contact || contact.companyId !== company.id) return null;
  }
  const followUpInput = input.followUp ? followUpInputSchema.safeParse(followUpFor(input.followUp, input, company, dealId)) : null;
  if (followUpInput && (!followUpInput.success || Number.isNaN(followUpInput.data.dueAt.getTime()))) return null;

  const now = new Date();
  const stamp = sql.date(now);
  const occurredAt = activity.data.occurredAt ?? now;
  const occurred = sql.date(occurredAt);
  const writes: PlannedWrite[] = [];
  const audits: string[] = [];
  const audit = (entry: { action: string; entityType: string; entityId: string; after: unknown }) => {
    const write = auditRow(actor, entry, stamp);
    if (write.sourceKey) audits.push(write.sourceKey);
    writes.push(write);
  };
  const dealMoves = deal !== null && occurredAt > deal.lastActivityAt;
  const companyMoves = companyRow.lastInteractionAt === null || occurredAt > companyRow.lastInteractionAt;
  if (dealMoves) {
    // Conditional again in SQL: on PostgreSQL another instance may have moved it since the read.
    writes.push({
      sql: `UPDATE "Deal" SET "lastActivityAt" = ?, "atRisk" = ?, "updatedAt" = ? WHERE "id" = ? AND "lastActivityAt" < ?`,
      args: [occurred, sql.bool(false), stamp, dealId, occurred],
    });
  }
  writes.push({
    sql: `UPDATE "Company" SET "lastInteractionAt" = ?, "updatedAt" = ? WHERE "id" = ? AND ("lastInteractionAt" IS NULL OR "lastInteractionAt" < ?)`,
    args: [occurred, stamp, company.id, occurred],
  });
  const row = {
    id: newRecordId(),
    kind: activity.data.kind,
    summary: activity.data.summary,
    occurredAt,
    actorId: actor.userId,
    dealId,
    companyId: company.id,
    contactId: input.contactId ?? null,
    channel: actor.channel,
    createdAt: now,
    // Inserted with the column's default: the search indexer reads it later (domain/search/activity-search.service.ts).
    termsIndexed: false,
  };
  writes.push({
    sql: `INSERT INTO "Activity" ("id", "kind", "summary", "occurredAt", "actorId", "dealId", "companyId", "contactId", "channel", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [row.id, row.kind, row.summary, occurred, row.actorId, row.dealId, row.companyId, row.contactId, row.channel, stamp],
  });
  audit({ action: "activity.log", entityType: "activity", entityId: row.id, after: row });

  let followUp: LoggedInteraction["followUp"] = null;
  if (followUpInput?.success) {
    const f = followUpInput.data;
    const created = {
      id: newRecordId(),
      title: f.title,
      dueAt: f.dueAt,
      ownerId: actor.userId,
      dealId,
      companyId: company.id,
      contactId: input.contactId ?? null,
      done: false,
      doneAt: null,
      snoozedUntil: null,
      createdAt: now,
      updatedAt: now,
    };
    writes.push({
      sql: `INSERT INTO "FollowUp" ("id", "title", "dueAt", "ownerId", "dealId", "companyId", "contactId", "done", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        created.id,
        created.title,
        sql.date(created.dueAt),
        created.ownerId,
        created.dealId,
        created.companyId,
        created.contactId,
        sql.bool(false),
        stamp,
        stamp,
      ],
    });
    audit({ action: "followup.schedule", entityType: "followup", entityId: created.id, after: created });
    followUp = { id: created.id, title: created.title, dueAt: created.dueAt };
  }
  const companyAfter = companyMoves ? { ...companyRow, lastInteractionAt: occurredAt, updatedAt: now } : companyRow;
  const dealAfter = deal && {
    ...deal,
    ...(dealMoves ? { lastActivityAt: occurredAt, atRisk: false, updatedAt: now } : {}),
    company: companyAfter,
  };
  const result = {
    company: { id: company.id, name: company.name },
    companyCreated: false,
    dealId,
    createdDeal: null,
    dealChange: null,
    dealChanged: false,
    activity: { id: row.id, kind: row.kind },
    followUp,
    dealAfter,
  };
  return { writes, result, sourceKey: audits[0] ?? null };
}

/** writeAudit's row, for one change of this write. */
function auditRow(
  actor: Actor,
  entry: { action: string; entityType: string; entityId: string; after: unknown },
  stamp: unknown,
): PlannedWrite & { sourceKey: string | null } {
  const sourceKey = actor.sourceEvent?.nextChangeKey() ?? null;
  return {
    sql: `INSERT INTO "AuditLog" ("id", "actorId", "channel", "action", "entityType", "entityId", "before", "after", "sourceEventKey", "createdAt") VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    args: [newRecordId(), actor.userId, actor.channel, entry.action, entry.entityType, entry.entityId, toJson(entry.after), sourceKey, stamp],
    sourceKey,
  };
}

/** What the input alone says: a known company, an activity, no deal to create or change. */
type CommonCaseInput = InteractionInput & { company: { id: string }; activity: NonNullable<InteractionInput["activity"]> };

export function mayBeCommonCase(input: InteractionInput): input is CommonCaseInput {
  return "id" in input.company && input.activity !== null && dealEffect(input) === null;
}
