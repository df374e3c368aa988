import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { CrossThreadWriteLock } from "./cross-thread-write-lock.js";

/** A thread that takes the lock, reports it, holds it until told, then lets go (plain JS: the protocol's cells). */
function holderThread(buffer: SharedArrayBuffer, signals: SharedArrayBuffer): Worker {
  const source = `
    const { workerData, parentPort } = require("node:worker_threads");
    const cells = new Int32Array(workerData.buffer);
    const signals = new Int32Array(workerData.signals);
    while (Atomics.compareExchange(cells, 0, 0, 1) !== 0) Atomics.wait(cells, 0, 1, 50);
    parentPort.postMessage("holding");
    Atomics.wait(signals, 0, 0);          // until the main thread says "let go"
    Atomics.store(signals, 1, 1);         // released-at marker, set before the lock is free
    Atomics.store(cells, 0, 0);
    Atomics.notify(cells, 0);
  `;
  return new Worker(source, { eval: true, workerData: { buffer, signals } });
}

describe("CrossThreadWriteLock", () => {
  it("an urgent taker gets nothing while the lock is held, and the lock once it is let go", async () => {
    const lock = new CrossThreadWriteLock();
    const release = await lock.acquire();
    expect(lock.acquireUrgently(20)).toBeNull();
    release();
    const urgent = lock.acquireUrgently(20);
    expect(urgent).not.toBeNull();
    urgent!();
  });

  it("an asynchronous taker waits for the holder without blocking the event loop", async () => {
    const lock = new CrossThreadWriteLock();
    const release = await lock.acquire();
    let taken = false;
    const waiting = lock.acquire().then((r) => {
      taken = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(taken).toBe(false);
    release();
    (await waiting)();
    expect(taken).toBe(true);
  });

  it("waits for a holder on another thread, and gets the lock only after that thread let go", async () => {
    const lock = new CrossThreadWriteLock();
    const signals = new SharedArrayBuffer(8);
    const flags = new Int32Array(signals);
    const worker = holderThread(lock.buffer, signals);
    try {
      await new Promise((resolve) => worker.once("message", resolve));
      expect(lock.acquireUrgently(10)).toBeNull();
      // A third thread tells the holder to let go a moment from now, while this one is blocked in acquireUrgently.
      const letGo = new Worker(
        `const { workerData } = require("node:worker_threads"); const s = new Int32Array(workerData); setTimeout(() => { Atomics.store(s, 0, 1); Atomics.notify(s, 0); }, 50);`,
        { eval: true, workerData: signals },
      );
      const release = lock.acquireUrgently(5000);
      expect(release).not.toBeNull();
      expect(Atomics.load(flags, 1)).toBe(1);
      release!();
      await letGo.terminate();
    } finally {
      await worker.terminate();
    }
  });
});
