import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";

type Job = NonNullable<Awaited<ReturnType<Db["importJob"]["findUnique"]>>>;

/**
 * Changes to a lead that move it between people without changing it: a claim, an assignment (by a
 * manager or the lead-assign rule, which may run minutes after an import), a release or a return to
 * the pool. They do not hold an undo back; anything else done to an imported lead since does.
 */
const OWNERSHIP_MOVES = ["lead.claim", "lead.assign", "lead.release", "lead.return"];

/**
 * Takes a lead import back: the leads it created are deleted, the leads it filled in get their
 * earlier values (as stored: sealed fields stay sealed). Refused, changing nothing, when anyone
 * worked on one of them after the import (a note, a status, an edit, a merge, a conversion): that
 * work is not thrown away with the import. Audited `import.undo`.
 */
export async function undoLeadImport(db: Db, actor: Actor, job: Job): Promise<{ job: Job; blockedBy: number }> {
  const records = await db.importedRecord.findMany({ where: { jobId: job.id, entityType: "lead" } });
  const created = records.filter((r) => r.action === "created").map((r) => r.entityId);
  const filled = records.filter((r) => r.action === "updated" && r.before);
  const touched = [...new Set(records.map((r) => r.entityId))];
  const since =
    (await db.auditLog.findFirst({ where: { action: "import.commit", entityId: job.id }, select: { createdAt: true } }))?.createdAt ?? job.updatedAt;
  let blockedBy = 0;
  for (let at = 0; at < touched.length; at += 1000) {
    const ids = touched.slice(at, at + 1000);
    blockedBy += await db.auditLog.count({
      where: { entityId: { in: ids }, createdAt: { gt: since }, NOT: [{ action: { startsWith: "import." } }, { action: { in: OWNERSHIP_MOVES } }] },
    });
    blockedBy += await db.lead.count({ where: { id: { in: ids }, status: "converted" } });
  }
  if (blockedBy > 0) return { job, blockedBy };
  const undone = await db.$transaction(async (tx) => {
    for (let at = 0; at < created.length; at += 1000) await tx.lead.deleteMany({ where: { id: { in: created.slice(at, at + 1000) } } });
    for (const r of filled) {
      const before = JSON.parse(r.before!) as Record<string, unknown>;
      await tx.lead.updateMany({ where: { id: r.entityId }, data: { ...before, version: { increment: 1 } } });
    }
    await writeAudit(tx, actor, { action: "import.undo", entityType: "import", entityId: job.id, before: { leads: created.length, filled: filled.length } });
    return tx.importJob.update({ where: { id: job.id }, data: { status: "undone" } });
  });
  return { job: undone, blockedBy: 0 };
}
