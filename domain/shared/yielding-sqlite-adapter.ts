import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import type { CrossThreadWriteLock } from "./cross-thread-write-lock.js";
import { SqliteWriteGate } from "./sqlite-write-gate.js";
import { cacheStatements } from "./statement-cache.js";
import type { SqliteAccess } from "./direct-sql.js";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["executeRaw"]>[0];

/**
 * IMMEDIATE takes the write lock at BEGIN: with a second writer on the file (the CLI, a backup)
 * a deferred transaction that read first fails with SQLITE_BUSY_SNAPSHOT when it tries to write,
 * and no busy timeout helps; an immediate one waits for the lock (busy timeout) and then runs.
 */
const BEGIN: Query = { sql: "BEGIN IMMEDIATE", args: [], argTypes: [] };

/** Longest stretch of back-to-back statements before the event loop gets a turn. */
const SLICE_MS = 10;
let sliceStart = 0;
let sliceOpen = false;

/**
 * Waits for a turn of the event loop only when statements have run back to back for SLICE_MS
 * without one: a marker scheduled with setImmediate at the start of a slice tells whether the
 * loop got a turn since. A lone request pays nothing; a burst is cut into 10 ms slices.
 */
async function turn(): Promise<void> {
  const now = performance.now();
  if (!sliceOpen) {
    sliceOpen = true;
    sliceStart = now;
    setImmediate(() => (sliceOpen = false));
    return;
  }
  if (now - sliceStart < SLICE_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * better-sqlite3 runs each query synchronously and hands Prisma an already settled promise, so
 * requests in flight together run as one chain of microtasks that never gives the event loop a
 * turn: timers, new connections and /healthz waited for a whole burst (issue 13 item 10). This
 * wrapper gives the loop a turn (see turn()) before a statement outside a transaction and before
 * a transaction begins. Statements inside a transaction run back to back as before, so the
 * transaction on the single connection stays as short and as unmixed as it was.
 */
export function yieldingSqliteAdapter(inner: Factory, writeLock?: CrossThreadWriteLock, onConnect?: (access: SqliteAccess) => void): Factory {
  const wrapped: Pick<Factory, "provider" | "adapterName" | "connect" | "connectToShadowDb"> = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => yielding(await inner.connect(), writeLock, onConnect),
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
  return wrapped as Factory;
}

/** The driver keeps its better-sqlite3 handle as `client`. */
function clientOf(adapter: Adapter): Database.Database | null {
  const client = (adapter as unknown as { client?: Database.Database }).client;
  return client && typeof client.prepare === "function" ? client : null;
}

const NO_LOCK = async () => () => {};

/**
 * A statement that only reads (WAL readers never wait for a writer) needs no write lock, nor
 * does a passive checkpoint (it copies the log beside the writers).
 */
function reads(query: Query): boolean {
  return /^\s*(SELECT\b|PRAGMA wal_checkpoint\(PASSIVE\))/i.test(query.sql);
}

function yielding(adapter: Adapter, writeLock?: CrossThreadWriteLock, onConnect?: (access: SqliteAccess) => void): Adapter {
  const gate = new SqliteWriteGate();
  const lock = writeLock ? () => writeLock.acquire() : NO_LOCK;
  /** Owns the connection (and, to write, the write lock) until the returned function is called. */
  const acquire = async (write: boolean) => {
    await turn();
    const releaseGate = await gate.acquire();
    const releaseLock = write ? await lock() : () => {};
    return () => {
      releaseLock();
      releaseGate();
    };
  };
  const client = clientOf(adapter);
  // Each query re-prepared its SQL (see cacheStatements); the direct statements share the cache.
  if (client) onConnect?.({ prepared: cacheStatements(client), client, acquire });
  const locked = async <T>(query: Query, statement: () => Promise<T>): Promise<T> => {
    if (reads(query)) return statement();
    const release = await lock();
    try {
      return await statement();
    } finally {
      release();
    }
  };
  const wrapped: Adapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: async (query) => {
      await turn();
      return gate.run(() => locked(query, () => adapter.queryRaw(query)));
    },
    executeRaw: async (query) => {
      await turn();
      return gate.run(() => locked(query, () => adapter.executeRaw(query)));
    },
    executeScript: (script) =>
      gate.run(async () => {
        const release = await lock();
        try {
          return await adapter.executeScript(script);
        } finally {
          release();
        }
      }),
    startTransaction: async (isolationLevel) => {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") return adapter.startTransaction(isolationLevel); // the driver's own refusal
      const release = await acquire(true);
      try {
        await adapter.executeRaw(BEGIN);
      } catch (error) {
        release();
        throw error;
      }
      return ownedTransaction(adapter, release);
    },
    dispose: () => adapter.dispose(),
  };
  if (adapter.getConnectionInfo) wrapped.getConnectionInfo = () => adapter.getConnectionInfo!();
  return wrapped;
}

/**
 * The transaction's statements go straight to the connection it owns. Prisma sends COMMIT or
 * ROLLBACK itself (usePhantomQuery: false) and then calls commit()/rollback(), which hand the
 * connection on.
 */
function ownedTransaction(adapter: Adapter, release: () => void): Transaction {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    commit: async () => release(),
    rollback: async () => release(),
  };
}
