/** Atomics.waitAsync (Node 16+; its type is in TypeScript's ES2024 lib, newer than this project's target). */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(cells: Int32Array, index: number, value: number, timeoutMs: number): { async: false; value: string } | { async: true; value: Promise<string> };
  }
).waitAsync;

const HELD = 0;
const URGENT = 1;

/**
 * One SQLite file written from two threads (the main thread and a processing worker, see
 * CRM_PROCESSING=worker). SQLite's own lock is taken by whoever asks first and waited for with
 * coarse sleeps, so a busy worker starved the acknowledgement insert for seconds. This lock in
 * shared memory goes in front of SQLite's: every write on either thread takes it, waiting without
 * blocking its event loop, and the acknowledgement path takes it "urgently" — the others step
 * back while it waits, so it waits for at most the one transaction in progress.
 */
export class CrossThreadWriteLock {
  readonly buffer: SharedArrayBuffer;
  readonly #cells: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)) {
    this.buffer = buffer;
    this.#cells = new Int32Array(buffer);
  }

  /** Waits (asynchronously) until this thread holds the lock; call the returned function to let go. */
  async acquire(): Promise<() => void> {
    for (;;) {
      if (Atomics.load(this.#cells, URGENT) === 0 && Atomics.compareExchange(this.#cells, HELD, 0, 1) === 0) return this.#releaser();
      const held = Atomics.load(this.#cells, HELD);
      // Held: sleep until it is let go. Free but an urgent taker is waiting: give it a moment to take it.
      const wait = waitAsync(this.#cells, HELD, held, held === 1 ? 50 : 1);
      if (wait.async) await wait.value;
      else await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Takes the lock ahead of every asynchronous waiter, blocking this thread for up to timeoutMs
   * (meant for one short statement). null: still held by someone else after timeoutMs.
   */
  acquireUrgently(timeoutMs: number): (() => void) | null {
    Atomics.add(this.#cells, URGENT, 1);
    try {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        if (Atomics.compareExchange(this.#cells, HELD, 0, 1) === 0) return this.#releaser();
        const left = deadline - performance.now();
        if (left <= 0) return null;
        Atomics.wait(this.#cells, HELD, 1, left);
      }
    } finally {
      Atomics.sub(this.#cells, URGENT, 1);
    }
  }

  #releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      Atomics.store(this.#cells, HELD, 0);
      Atomics.notify(this.#cells, HELD);
    };
  }
}
