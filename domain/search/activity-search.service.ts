import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { canViewShared } from "../users/permissions.js";
import { searchTerms } from "./search-terms.js";

/** Activities indexed per transaction. */
const BATCH = 200;
/** Per term, at most this many activities are read; the intersection of the rarest terms is what counts. */
const PER_TERM = 5000;

/**
 * Full-text search over what reps logged: an inverted index (ActivityTerm: term → activity) read by
 * term prefix, the same on SQLite and PostgreSQL. Logging stays one insert: new activities are
 * indexed by the scheduler's minute tick and before every search, so a search sees everything
 * logged before it. Undo and delete drop the terms with the activity (cascade); a privacy erase
 * re-queues the redacted text.
 */
export class ActivitySearch {
  constructor(private readonly db: Db) {}

  /** Indexes activities not indexed yet, up to `maxBatches` × 200; returns how many. */
  async indexPending(maxBatches = 50): Promise<number> {
    let done = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const rows = await this.db.activity.findMany({ where: { termsIndexed: false }, select: { id: true, summary: true }, take: BATCH });
      if (rows.length === 0) break;
      const ids = rows.map((r) => r.id);
      try {
        await this.db.$transaction(async (tx) => {
          await tx.activityTerm.deleteMany({ where: { activityId: { in: ids } } });
          await tx.activityTerm.createMany({ data: rows.flatMap((r) => searchTerms(r.summary).map((term) => ({ term, activityId: r.id }))) });
          await tx.activity.updateMany({ where: { id: { in: ids } }, data: { termsIndexed: true } });
        });
      } catch (error) {
        // Another process indexed the same rows at the same moment: theirs stand.
        if (isUniqueViolation(error)) break;
        throw error;
      }
      done += rows.length;
      if (rows.length < BATCH) break;
    }
    return done;
  }

  /**
   * Activities whose summary holds every term of the query (a word's beginning for Latin words,
   * "quot" finds "quote"; Chinese by character pairs), that the actor may see, newest first.
   */
  async search(actor: Actor, query: string, limit = 10) {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    await this.indexPending();
    let matching: Set<string> | undefined;
    for (const term of terms) {
      const rows = await this.db.activityTerm.findMany({
        where: { term: { gte: term, lt: `${term}\uffff` } },
        select: { activityId: true },
        take: PER_TERM,
      });
      const ids = new Set(rows.map((r) => r.activityId));
      const before: Set<string> | undefined = matching;
      matching = before ? new Set([...before].filter((id) => ids.has(id))) : ids;
      if (matching.size === 0) return [];
    }
    const found = await this.db.activity.findMany({
      where: { id: { in: [...(matching ?? [])].slice(0, PER_TERM) } },
      include: { company: true, actor: true },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: limit * 5,
    });
    // The customer's page rule: its team (and admins) see what was logged on it; a note on no customer, its author.
    return found.filter((a) => (a.company ? canViewShared(actor, a.company) : a.actorId === actor.userId)).slice(0, limit);
  }
}
