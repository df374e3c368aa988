/**
 * Lets a bounded number of events be worked on at once and yields to the event loop before each.
 *
 * Why: on SQLite every Prisma query runs synchronously and its promise is already settled, so a
 * burst of events in flight together becomes one endless chain of microtasks; timers, new
 * connections and /healthz waited until the whole burst was done (9 s and more). Waiting here is
 * on a macrotask (setImmediate), so the loop gets a turn between events.
 */
export class EventGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly maxConcurrent: number) {}

  /** Events waiting for a turn (not yet started). */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return await work();
    } finally {
      // The slot passes straight to the next waiter, so the count stays right without a race.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
