import type { Actor } from "../shared/actor.js";
import type { DbOrTx } from "../shared/db.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { toJson } from "../shared/json.js";
import { AlreadyRecordedError } from "../shared/source-event.js";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /**
   * A change that may be sent again without a platform event (a web form's submission id): its
   * own key, refused like an event's replay when it is already recorded.
   */
  replayKey?: string;
}

/**
 * Records one mutation. Call it with the transaction client so the audit row commits with the change.
 * When the actor is handling a platform event, the row carries that event's change key; a replay of
 * an event whose change is already stored throws AlreadyRecordedError, which rolls the replay back.
 */
export async function writeAudit(db: DbOrTx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  const sourceEventKey = actor?.sourceEvent?.nextChangeKey() ?? entry.replayKey ?? null;
  // Checked first so the transaction is refused cleanly (PostgreSQL aborts a transaction on a
  // failed insert); the unique index still settles two replays racing each other.
  if (sourceEventKey && (await db.auditLog.findUnique({ where: { sourceEventKey }, select: { id: true } }))) {
    throw new AlreadyRecordedError(sourceEventKey);
  }
  const data = {
    actorId: actor?.userId ?? null,
    channel: actor?.channel ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : toJson(entry.before),
    after: entry.after === undefined ? null : toJson(entry.after),
    sourceEventKey,
  };
  try {
    await db.auditLog.create({ data });
  } catch (error) {
    if (sourceEventKey && isUniqueViolation(error)) throw new AlreadyRecordedError(sourceEventKey);
    throw error;
  }
}
