import fs from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client.js";
import type { CrossThreadWriteLock } from "./cross-thread-write-lock.js";
import { directSqlite, registerDirectSql, type SqliteAccess } from "./direct-sql.js";
import { yieldingSqliteAdapter } from "./yielding-sqlite-adapter.js";

/**
 * The CRM database client, typed with the SQLite client. The PostgreSQL client is generated from
 * the same models (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), so its
 * model API is the same and it is handed out behind this type; only provider-specific extras
 * (e.g. `mode: "insensitive"`) differ, and the SQLite type does not offer them.
 */
export type Db = PrismaClient;
/** The client handed to a callback of `db.$transaction`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Code that may run inside or outside a transaction. */
export type DbOrTx = Db | Tx;

export type SqlDialect = "sqlite" | "postgres";

/**
 * Opens the CRM database: a `postgres://` / `postgresql://` URL → PostgreSQL; otherwise a SQLite
 * file path (already resolved, see app/database-url.ts) or ":memory:".
 */
export async function openDatabase(
  target: string,
  options: {
    writeLock?: CrossThreadWriteLock;
    /** The hottest reads and the common logged sentence as prepared statements (default); false: Prisma only. */
    hotStatements?: boolean;
    /**
     * SQLite: how often a timer copies the write-ahead log into the database (default 1000 ms;
     * 0: SQLite's own checkpoint at the commit that fills 1,000 pages). With a write lock no
     * timer starts unless this is given (the processing worker runs it).
     */
    checkpointEveryMs?: number;
  } = {},
): Promise<Db> {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    // Loaded only for PostgreSQL: Prisma's PostgreSQL client and adapter, memory a SQLite process does not need.
    const [{ PrismaPg }, { default: pg }, { PrismaClient: PgPrismaClient }, { directPostgres }] = await Promise.all([
      import("@prisma/adapter-pg"),
      import("pg"),
      import("../../generated/prisma-pg/client.js"),
      import("./direct-postgres.js"),
    ]);
    // One pool for Prisma and the hot statements; Prisma's $disconnect ends it.
    const pool = new pg.Pool({ connectionString: target });
    const client = new PgPrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    await client.$connect();
    // Same model API, other generated client: see the note on Db.
    const db = client as unknown as Db;
    if (options.hotStatements !== false) registerDirectSql(db, directPostgres(pool));
    return db;
  }
  // A busy timeout lets a second writer (the CLI, a backup) wait instead of failing at once.
  // Several threads writing the file (a processing worker): they take turns through writeLock.
  let access: SqliteAccess | null = null;
  const adapter = yieldingSqliteAdapter(new PrismaBetterSQLite3({ url: target, timeout: 5000 }), options.writeLock, (a) => (access = a));
  const db = new PrismaClient({ adapter });
  // WAL keeps readers (digests, the HTTP API) from blocking the writer.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // Deleted and overwritten content is zeroed, not left in free pages (PIPL erasure must not leave the bytes behind).
  await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
  // A checkpoint run by a commit (every 1,000 pages of log) costs that commit tens of
  // milliseconds, and a batch of writes over a big table pays it again and again for the same
  // pages (a stale-deal run of 1,000 alerts spent half its time in them). A timer copies the log
  // once a second instead, outside any request. With a second writing thread it would also
  // hold the shared write lock; the processing worker runs the timer then.
  const every = options.checkpointEveryMs ?? (options.writeLock ? 0 : CHECKPOINT_EVERY_MS);
  if (options.writeLock || every > 0) await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  if (every > 0) checkpointOnTimer(db, every, walFileOf(access));
  // The PRAGMAs above connected: the hot statements may use the same connection (direct-sql.ts).
  if (access && options.hotStatements !== false) registerDirectSql(db, directSqlite(access));
  return db;
}

const CHECKPOINT_EVERY_MS = 1000;

/** The write-ahead log of a file database (better-sqlite3 keeps the name it opened); null in memory. */
function walFileOf(access: SqliteAccess | null): string | null {
  const client = access?.client;
  return client && !client.memory ? `${client.name}-wal` : null;
}

/** Runs checkpointWal every `everyMs` until the client disconnects; a failed one is retried at the next tick. */
function checkpointOnTimer(db: Db, everyMs: number, walFile: string | null): void {
  let warned = false;
  let closed = false;
  // The log is written out in the thread pool first; a tick while that still runs waits for the next.
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkpointWal(db, { walFile, stillOpen: () => !closed })
      .catch((error: unknown) => {
        // A checkpoint queued behind the last statements when the client closed has nothing left to copy.
        if (closed) return;
        // The log only grows until a checkpoint succeeds: say so once, not every second.
        if (!warned) console.warn("SQLite checkpoint failed (retried every second):", error);
        warned = true;
      })
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    closed = true;
    clearInterval(timer);
    await disconnect();
  };
}

/**
 * Copies what it can of SQLite's write-ahead log into the database without waiting for anyone
 * (PASSIVE: readers and writers go on). For connections opened with a write lock, which do not
 * checkpoint on commit.
 *
 * With `walFile`, the log's pages are first written out to disk by fdatasync in libuv's thread
 * pool. The checkpoint syncs the log before it copies it, and that sync was nearly all of its
 * cost: the kernel writing out a second of commits' frames (17–19 a logged call), 50–100 ms on
 * this thread once a second. Twice: the second pass writes the frames committed while the first
 * ran. Synced beforehand, the checkpoint finds a few frames left to write and takes a few
 * milliseconds. What SQLite syncs, and when, is unchanged: this only adds syncs.
 */
export async function checkpointWal(db: Db, options: { walFile?: string | null; stillOpen?: () => boolean } = {}): Promise<void> {
  if (dialectOf(db) !== "sqlite") return;
  if (options.walFile) {
    // Only a head start: the checkpoint syncs the log itself, so a failure here (no log file yet,
    // or a system that will not flush a file opened for reading) changes nothing but the time.
    await writeOut(options.walFile).catch(() => undefined);
    await writeOut(options.walFile).catch(() => undefined);
  }
  // The client may have closed while the log was written out: a query now would open it again.
  if (options.stillOpen && !options.stillOpen()) return;
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(PASSIVE)");
}

/** fdatasync of a file, in the thread pool. */
async function writeOut(file: string): Promise<void> {
  const handle = await fs.promises.open(file, "r");
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Which SQL the raw queries of this client (or transaction client) must speak. */
export function dialectOf(db: DbOrTx): SqlDialect {
  // Prisma keeps the schema's provider on the client; transaction clients forward it.
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgres" : "sqlite";
}
