import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { latestPendingOfKind } from "../shared/hot-reads.js";

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

  /** ttlMs: how long the question stays answerable (a day unless the asker needs it shorter). */
  async create(userId: string, kind: string, payload: unknown, ttlMs = TTL_MS): Promise<string> {
    const row = await this.db.pendingAction.create({ data: this.row(userId, kind, payload, this.clock.now(), ttlMs) });
    return row.id;
  }

  private row(userId: string, kind: string, payload: unknown, now: Date, ttlMs = TTL_MS) {
    return { userId, kind, payload: JSON.stringify(payload), createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) };
  }

  /**
   * The newest question this user has not answered yet, asked at `since` or later: what a typed
   * "ok" answers. optionCount is the number of answer buttons (without "cancel"); yesNo, whether
   * the question asks for a yes rather than a choice (flows/ask.ts). None when the user changed
   * anything since it was asked (flows/ask.ts records the count of changes with the question).
   */
  async latestOpen(
    userId: string,
    since: Date,
    kinds: string[],
    /** also when the user changed something since (a detail for the person a question offers is still theirs) */
    evenAfterChanges = false,
  ): Promise<{ id: string; kind: string; optionCount: number; yesNo: boolean; patches: unknown[]; labels: string[] } | null> {
    const row = await this.db.pendingAction.findFirst({
      where: { userId, kind: { in: kinds }, consumedAt: null, expiresAt: { gt: this.clock.now() }, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
    });
    if (!row) return null;
    const payload = JSON.parse(row.payload) as { patches?: unknown; yesNo?: unknown; changes?: unknown; labels?: unknown };
    // Something the user changed after the question (a sentence logged, a command run) moved the
    // conversation on: a "1" or "ok" typed now is not an answer to it (its buttons still work).
    // Counted, not timed: audit rows and questions do not share one clock in every path.
    if (!evenAfterChanges && typeof payload.changes === "number" && (await this.changesBy(userId)) > payload.changes) return null;
    const patches: unknown[] = Array.isArray(payload.patches) ? payload.patches : [];
    const labels = Array.isArray(payload.labels) ? payload.labels.map(String) : [];
    return { id: row.id, kind: row.kind, optionCount: patches.length, yesNo: payload.yesNo === true, patches, labels };
  }

  /** Ids of the user's open records (to tell later which ones a turn added). */
  async openIds(userId: string): Promise<Set<string>> {
    const rows = await this.db.pendingAction.findMany({ where: { userId, consumedAt: null }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Questions asked since `before` was taken count the user's changes as of now: the lines of one
   * report ("1. Globex and Initech…\n2. Contoso demo done") are one turn, so a line logged after
   * another line's question does not stop a typed "1" from answering it.
   */
  async restampAdded(userId: string, before: Set<string>): Promise<void> {
    const rows = await this.db.pendingAction.findMany({ where: { userId, consumedAt: null }, select: { id: true, payload: true } });
    const added = rows
      .filter((row) => !before.has(row.id))
      .map((row) => ({ id: row.id, payload: JSON.parse(row.payload) as { changes?: unknown } }))
      .filter((row) => typeof row.payload.changes === "number");
    if (added.length === 0) return;
    const changes = await this.changesBy(userId);
    for (const row of added) {
      await this.db.pendingAction.update({ where: { id: row.id }, data: { payload: JSON.stringify({ ...row.payload, changes }) } });
    }
  }

  /** How many audited changes the user has made: compared, not shown. */
  async changesBy(userId: string): Promise<number> {
    return this.db.auditLog.count({ where: { actorId: userId } });
  }

  /** Like create, but earlier live records of this kind for the user end now: one live record per kind (e.g. the list last shown). */
  async replace(userId: string, kind: string, payload: unknown): Promise<string> {
    const now = this.clock.now();
    const [, row] = await this.db.$transaction([
      this.db.pendingAction.updateMany({ where: { userId, kind, consumedAt: null }, data: { consumedAt: now } }),
      this.db.pendingAction.create({ data: this.row(userId, kind, payload, now) }),
    ]);
    return row.id;
  }

  /** Ends the user's open records of this kind whose payload matches (a question replaced by a newer one of its sort). */
  async closeOpen<T>(userId: string, kind: string, matches: (payload: T) => boolean): Promise<void> {
    const now = this.clock.now();
    const open = await this.db.pendingAction.findMany({
      where: { userId, kind, consumedAt: null, expiresAt: { gt: now } },
      select: { id: true, payload: true },
    });
    const ids = open.filter((row) => matches(JSON.parse(row.payload) as T)).map((row) => row.id);
    if (ids.length > 0) await this.db.pendingAction.updateMany({ where: { id: { in: ids }, consumedAt: null }, data: { consumedAt: now } });
  }

  /** The newest unexpired record of this kind for the user, not consumed by reading (e.g. the list they were shown). */
  async latestOfKind<T>(userId: string, kind: string): Promise<{ id: string; payload: T } | null> {
    // Asked before every typed message (is it an answer?): a prepared statement where there is one.
    const direct = directSqlOf(this.db);
    if (direct) {
      const found = await direct.read((sql) => latestPendingOfKind(sql, userId, kind, this.clock.now()));
      return found ? { id: found.id, payload: JSON.parse(found.payload) as T } : null;
    }
    const row = await this.db.pendingAction.findFirst({
      where: { userId, kind, consumedAt: null, expiresAt: { gt: this.clock.now() } },
      orderBy: { createdAt: "desc" },
    });
    return row ? { id: row.id, payload: JSON.parse(row.payload) as T } : null;
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
