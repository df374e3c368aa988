import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { PermissionDeniedError } from "../shared/errors.js";
import { isSealedValue } from "../shared/field-cipher.js";
import { parseSnapshot } from "./undo-turn.js";

export interface AuditLine {
  at: Date;
  actorName: string | null;
  channel: string | null;
  action: string;
  /** Changed fields "field: before → after", or the key fields of a created record. */
  changes: string[];
  /** The same, as values, so a reader can be shown labels, money, names instead of columns and ids. */
  fields: AuditFieldChange[];
  /** The record was created (fields hold its values) or deleted by this entry. */
  kind: "create" | "update" | "delete";
  /** The record's currency, to show money fields as money. */
  currency: string | null;
}

export interface AuditFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping columns that change on every write and say nothing to a reader.
const IGNORED = new Set(["updatedAt", "createdAt", "version", "searchKey", "id", "lastActivityAt", "lastInteractionAt", "phoneHash", "emailHash"]);
const MAX_VALUE = 60;

/** Reads the audit trail of one record. Admins only: the trail shows everyone's changes. */
export class AuditQueryService {
  constructor(private readonly db: Db) {}

  async trail(actor: Actor, entityType: string, entityId: string, limit = 20): Promise<{ lines: AuditLine[]; total: number }> {
    if (actor.role !== "admin") throw new PermissionDeniedError("read the audit trail of", "user");
    const where = { entityType, entityId };
    const [rows, total] = await Promise.all([
      this.db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit }),
      this.db.auditLog.count({ where }),
    ]);
    return { total, lines: await this.toLines(rows) };
  }

  /**
   * What changed on a deal after the version someone read (a form opened on it): the audit rows
   * whose snapshot carries a later version, oldest first. The caller has checked the reader may change it.
   */
  async dealChangesSince(dealId: string, version: number, limit = 20): Promise<AuditLine[]> {
    const rows = await this.db.auditLog.findMany({
      where: { entityType: "deal", entityId: dealId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
    });
    const later = rows.filter((r) => Number(parseSnapshot(r.after)?.version ?? -1) > version).reverse();
    return this.toLines(later);
  }

  /** What changed on a record after an instant (a form opened on it), oldest first. The caller has checked the reader may change it. */
  async changesSince(entityType: string, entityId: string, since: Date, limit = 20): Promise<AuditLine[]> {
    const rows = await this.db.auditLog.findMany({
      where: { entityType, entityId, createdAt: { gt: since } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
    });
    return this.toLines(rows);
  }

  private async toLines(
    rows: { actorId: string | null; createdAt: Date; channel: string | null; action: string; before: string | null; after: string | null }[],
  ) {
    const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
    const users = await this.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
    const names = new Map(users.map((u) => [u.id, u.name]));
    return rows.map((r) => {
      const before = parseSnapshot(r.before);
      const after = parseSnapshot(r.after);
      return {
        at: r.createdAt,
        actorName: r.actorId ? (names.get(r.actorId) ?? r.actorId) : null,
        channel: r.channel,
        action: r.action,
        changes: summarizeChange(before, after),
        fields: changedFields(before, after),
        currency: currencyOf(after) ?? currencyOf(before),
        kind: !r.after ? ("delete" as const) : r.before ? ("update" as const) : ("create" as const),
      };
    });
  }
}

/** "stageId: a → b" for each changed field; for a creation, the fields it was created with. */
export function summarizeChange(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  if (!after) return before ? [`deleted (${Object.keys(before).length} fields)`] : [];
  const keys = Object.keys(after).filter((k) => !IGNORED.has(k));
  if (!before) {
    return keys
      .filter((k) => after[k] !== null && after[k] !== "" && after[k] !== "[]")
      .slice(0, 6)
      .map((k) => `${k}=${show(after[k])}`);
  }
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`);
}

function currencyOf(snapshot: Record<string, unknown> | null): string | null {
  return typeof snapshot?.currency === "string" ? snapshot.currency : null;
}

/** Like summarizeChange, as values; encrypted values come back as "🔒". */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditFieldChange[] {
  if (!after) return [];
  const sealed = (v: unknown) => (typeof v === "string" && isSealedValue(v) ? "🔒" : v);
  const keys = Object.keys(after).filter((k) => !IGNORED.has(k));
  if (!before) {
    return keys
      .filter((k) => after[k] !== null && after[k] !== "" && after[k] !== "[]")
      .slice(0, 6)
      .map((k) => ({ field: k, before: null, after: sealed(after[k]) }));
  }
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: k, before: sealed(before[k]), after: sealed(after[k]) }));
}

function show(value: unknown): string {
  // Encrypted personal fields stay encrypted in the audit log; the trail says a value was set, not which.
  if (typeof value === "string" && isSealedValue(value)) return "🔒";
  const text = value === null || value === undefined ? "∅" : typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}
