import { type Db, type Tx, dialectOf } from "./db.js";

/**
 * Database-wide named locks for work that must run on one instance at a time (a digest run, an
 * alert sweep), whichever instance's timer fires first.
 *
 * PostgreSQL: a transaction-scoped advisory lock (pg_advisory_xact_lock on hashtext(key)); it is
 * released when the transaction ends, also when the instance dies mid-way.
 * SQLite: one instance per database file (the supported SQLite deployment), whose transactions
 * already run one writer at a time; an in-process lock per key keeps two runs in this process
 * (e.g. a timer and a manual trigger) from interleaving their reads and writes.
 *
 * Prefer a unique row as the claim (e.g. Alert(kind, subjectType, subjectId, periodKey), inserted
 * in the same transaction as its outbox rows): the unique index settles races on every database
 * and survives restarts. Use these locks when the work reads before it decides, or is not
 * idempotent.
 */
const local = new Map<string, Promise<unknown>>();

async function inProcess<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = local.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  local.set(key, run);
  try {
    return await run;
  } finally {
    if (local.get(key) === run) local.delete(key);
  }
}

export interface LockOptions {
  /** Longest time the transaction (including waiting for the lock) may take; default 30 s. */
  timeoutMs?: number;
}

/** Runs `work` in a transaction while holding the lock `key`; waits for another holder to finish. */
export async function withAdvisoryLock<T>(db: Db, key: string, work: (tx: Tx) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeout = options.timeoutMs ?? 30_000;
  if (dialectOf(db) === "postgres") {
    return db.$transaction(
      async (tx) => {
        // $executeRaw: pg_advisory_xact_lock returns void, a column type the adapter cannot read.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
        return work(tx);
      },
      { timeout, maxWait: timeout },
    );
  }
  return inProcess(key, () => db.$transaction((tx) => work(tx), { timeout, maxWait: timeout }));
}

/**
 * Like withAdvisoryLock, but gives up at once when another holder has the lock: "someone else is
 * already doing this run". Resolves `{ ran: false }` then.
 */
export async function tryAdvisoryLock<T>(
  db: Db,
  key: string,
  work: (tx: Tx) => Promise<T>,
  options: LockOptions = {},
): Promise<{ ran: true; value: T } | { ran: false }> {
  const timeout = options.timeoutMs ?? 30_000;
  if (dialectOf(db) === "postgres") {
    return db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`;
        if (!row?.locked) return { ran: false as const };
        return { ran: true as const, value: await work(tx) };
      },
      { timeout, maxWait: timeout },
    );
  }
  if (local.has(key)) return { ran: false };
  return inProcess(key, async () => ({ ran: true as const, value: await db.$transaction((tx) => work(tx), { timeout, maxWait: timeout }) }));
}
