import type { Clock } from "../domain/shared/clock.js";
import type { Db } from "../domain/shared/db.js";

// Long enough to answer after a meeting, short enough that stale buttons stop working.
const TTL_MS = 24 * 3_600_000;

/**
 * Questions the bot asked and is waiting for (which company? create it?). Buttons carry only
 * the pending id; the payload stays here, bound to the user who was asked.
 */
export class PendingStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async create(userId: string, kind: string, payload: unknown): Promise<string> {
    const row = await this.db.pendingAction.create({
      data: { userId, kind, payload: JSON.stringify(payload), expiresAt: new Date(this.clock.now().getTime() + TTL_MS) },
    });
    return row.id;
  }

  /** Consumes the question once: a double click or a replay gets null the second time. */
  async take<T>(userId: string, id: string): Promise<{ kind: string; payload: T } | null> {
    const now = this.clock.now();
    const claimed = await this.db.pendingAction.updateMany({
      where: { id, userId, consumedAt: null, expiresAt: { gt: now } },
      data: { consumedAt: now },
    });
    if (claimed.count === 0) return null;
    const row = await this.db.pendingAction.findUniqueOrThrow({ where: { id } });
    return { kind: row.kind, payload: JSON.parse(row.payload) as T };
  }
}
