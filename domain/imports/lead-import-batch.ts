import type { Actor } from "../shared/actor.js";
import type { Db, Tx } from "../shared/db.js";
import { toJson } from "../shared/json.js";
import { nextNumber } from "../shared/next-number.js";
import { newRecordId } from "../shared/record-id.js";
import { insertRows } from "./multi-row-insert.js";

/** One batch's new leads, their audit rows and the import's record of them, inserted together (one insert per table). */
export class LeadBatch {
  readonly leads: Record<string, unknown>[] = [];
  readonly audits: Record<string, unknown>[] = [];
  readonly records: { entityId: string; action: "created" | "updated"; before?: string }[] = [];
  private nextLead: number | undefined;

  constructor(private readonly actor: Actor) {}

  async leadNumber(tx: Tx): Promise<number> {
    this.nextLead ??= await nextNumber(tx, "lead");
    return this.nextLead++;
  }

  audit(action: string, entityId: string, after: unknown): void {
    // The wall clock, as writeAudit's rows get it (an undo compares them with later changes).
    const { actor } = this;
    this.audits.push({
      id: newRecordId(),
      actorId: actor.userId,
      channel: actor.channel ?? null,
      action,
      entityType: "lead",
      entityId,
      after: toJson(after),
      createdAt: new Date(),
    });
  }

  async flush(db: Db, tx: Tx, jobId: string): Promise<void> {
    await insertRows(db, tx, "Lead", this.leads);
    await insertRows(db, tx, "AuditLog", this.audits);
    await insertRows(
      db,
      tx,
      "ImportedRecord",
      this.records.map((r) => ({ id: newRecordId(), jobId, entityType: "lead", entityId: r.entityId, action: r.action, before: r.before ?? null })),
    );
  }
}
