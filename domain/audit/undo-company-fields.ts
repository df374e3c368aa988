import type { Actor } from "../shared/actor.js";
import type { Tx } from "../shared/db.js";
import { writeAudit } from "./audit.service.js";

/** Company fields a turn changes on purpose (a win makes a prospect a customer; "华为改成A类客户"). */
export const RESTORABLE_COMPANY_FIELDS = ["status", "tier"] as const;
export type RestorableCompanyField = (typeof RESTORABLE_COMPANY_FIELDS)[number];

/** Bookkeeping the system moves on its own: an undo neither restores nor mentions it. */
const BOOKKEEPING = new Set(["updatedAt", "lastInteractionAt", "healthScore", "healthReasons", "searchKey"]);

export type CompanyRevert =
  | { kind: "restored"; companyName: string; fields: { field: RestorableCompanyField; from: string; to: string }[] }
  | { kind: "changed-since" }
  | { kind: "not-undoable" }
  | { kind: "nothing" };

/**
 * Puts back the status and tier a turn changed on a company, when nobody changed them since.
 * Other changed fields (a merge's aliases, a rename) are not taken back; bookkeeping is ignored.
 */
export async function revertCompanyFields(
  tx: Tx,
  actor: Actor,
  companyId: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<CompanyRevert> {
  const differs = (f: string) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null);
  const changed = Object.keys({ ...before, ...after }).filter((f) => !BOOKKEEPING.has(f) && differs(f));
  if (changed.length === 0) return { kind: "nothing" };
  if (changed.some((f) => !(RESTORABLE_COMPANY_FIELDS as readonly string[]).includes(f))) return { kind: "not-undoable" };
  const current = await tx.company.findUnique({ where: { id: companyId } });
  if (!current) return { kind: "changed-since" };
  const fields = changed as RestorableCompanyField[];
  if (fields.some((f) => String(current[f]) !== String(after[f]))) return { kind: "changed-since" };
  const patch = Object.fromEntries(fields.map((f) => [f, String(before[f])]));
  const restored = await tx.company.update({ where: { id: companyId }, data: patch });
  await writeAudit(tx, actor, { action: "company.undo", entityType: "company", entityId: companyId, before: current, after: restored });
  return { kind: "restored", companyName: current.name, fields: fields.map((f) => ({ field: f, from: String(after[f]), to: String(before[f]) })) };
}
