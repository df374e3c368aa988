import type { Actor } from "../shared/actor.js";
import type { DbOrTx } from "../shared/db.js";
import { toJson } from "../shared/json.js";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Records one mutation. Call it with the transaction client so the audit row commits with the change. */
export async function writeAudit(db: DbOrTx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: actor?.userId ?? null,
      channel: actor?.channel ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
    },
  });
}
