import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";

/**
 * A "turn" is one message or button press: every change it made carries the audit key
 * "<turn>#<n>" (see SourceEvent). Undo works on whole turns, read back from the audit trail,
 * so no extra table is needed: the before/after snapshots already say what to restore.
 */
export interface AuditRow {
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  sourceEventKey: string | null;
}

/** Marker rows: one per undone turn, keyed so a turn can be undone only once (unique key). */
export const UNDO_MARKER_ACTION = "turn.undo";
export const undoMarkerKey = (turnKey: string) => `undo-of:${turnKey}`;

export function turnKeyOf(sourceEventKey: string): string {
  const at = sourceEventKey.lastIndexOf("#");
  return at > 0 ? sourceEventKey.slice(0, at) : sourceEventKey;
}

function changeNumber(sourceEventKey: string | null): number {
  return Number(sourceEventKey?.slice(sourceEventKey.lastIndexOf("#") + 1) ?? 0);
}

/** The changes of one turn, in the order they were made. */
export async function rowsOfTurn(db: Db, turnKey: string): Promise<AuditRow[]> {
  const rows = await db.auditLog.findMany({ where: { sourceEventKey: { startsWith: `${turnKey}#` } } });
  return rows.sort((a, b) => changeNumber(a.sourceEventKey) - changeNumber(b.sourceEventKey));
}

/** The user's newest turn that changed something (markers excluded), or null. */
export async function lastTurnOf(db: Db, actor: Actor): Promise<string | null> {
  const row = await db.auditLog.findFirst({
    where: { actorId: actor.userId, sourceEventKey: { not: null }, NOT: { sourceEventKey: { startsWith: "undo-of:" } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { sourceEventKey: true },
  });
  return row?.sourceEventKey ? turnKeyOf(row.sourceEventKey) : null;
}

/** Was this turn undone already, or was it itself an undo (undoing an undo is not offered)? */
export async function undoStateOf(db: Db, turnKey: string): Promise<"undone" | "is-undo" | null> {
  if (await db.auditLog.findUnique({ where: { sourceEventKey: undoMarkerKey(turnKey) }, select: { id: true } })) return "undone";
  const marker = await db.auditLog.findFirst({ where: { action: UNDO_MARKER_ACTION, after: { contains: JSON.stringify(turnKey) } }, select: { id: true } });
  return marker ? "is-undo" : null;
}

export function parseSnapshot(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
