import type { Actor } from "../shared/actor.js";
import type { Tx } from "../shared/db.js";
import { writeAudit } from "./audit.service.js";

export type FollowUpTimeRevert = { kind: "restored"; title: string; from: Date; to: Date } | { kind: "changed-since" };

/** Puts a rescheduled follow-up back on its earlier time, unless it was moved, done or removed since. */
export async function revertFollowUpTime(
  tx: Tx,
  actor: Actor,
  followUpId: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<FollowUpTimeRevert> {
  const current = await tx.followUp.findUnique({ where: { id: followUpId } });
  const was = new Date(String(before.dueAt));
  if (!current || current.done || Number.isNaN(was.getTime()) || current.dueAt.getTime() !== new Date(String(after.dueAt)).getTime()) {
    return { kind: "changed-since" };
  }
  const snoozedUntil = before.snoozedUntil ? new Date(String(before.snoozedUntil)) : null;
  const restored = await tx.followUp.update({ where: { id: followUpId }, data: { dueAt: was, snoozedUntil } });
  await writeAudit(tx, actor, { action: "followup.undo", entityType: "followup", entityId: followUpId, before: current, after: restored });
  return { kind: "restored", title: current.title, from: current.dueAt, to: was };
}
