import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

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
export function yieldingSqliteAdapter(inner: Factory): Factory {
  const wrapped: Pick<Factory, "provider" | "adapterName" | "connect" | "connectToShadowDb"> = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => yielding(await inner.connect()),
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
  return wrapped as Factory;
}

function yielding(adapter: Adapter): Adapter {
  const wrapped: Adapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: async (query) => {
      await turn();
      return adapter.queryRaw(query);
    },
    executeRaw: async (query) => {
      await turn();
      return adapter.executeRaw(query);
    },
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: async (isolationLevel) => {
      await turn();
      return adapter.startTransaction(isolationLevel);
    },
    dispose: () => adapter.dispose(),
  };
  if (adapter.getConnectionInfo) wrapped.getConnectionInfo = () => adapter.getConnectionInfo!();
  return wrapped;
}
