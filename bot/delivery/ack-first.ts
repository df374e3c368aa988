export interface AckFirstOptions {
  /** Work starts once no event has arrived for this long. */
  quietMs?: number;
  /** …or when nothing has started for this long, so a stream without pauses does not hold the backlog for ever. */
  maxWaitMs?: number;
  now?: () => number;
}

const QUIET_MS = 10;
const MAX_WAIT_MS = 50;

/**
 * Lets acknowledgements go before the work on recorded events (issue 16: "backlog never delays
 * acks"). The inbox notes each platform event while it records it; recorded events then start
 * only once none has arrived for quietMs. A platform delivering a burst gets every answer first,
 * and the backlog, already on disk, is worked on in the pauses — one event at a time, each start
 * after a turn of the event loop, so an arrival in between is seen before the next start. One event
 * starts at least every maxWaitMs whatever the traffic: a stream of more than 1000 / quietMs events a
 * second leaves no pause, and its backlog is then worked on at that slow pace until the stream
 * stops (the worker thread, CRM_PROCESSING=worker, has no such limit and does not use this).
 */
export class AckFirst {
  #lastArrival = Number.NEGATIVE_INFINITY;
  readonly #quietMs: number;
  readonly #maxWaitMs: number;
  readonly #now: () => number;
  #lastStart = Number.NEGATIVE_INFINITY;
  readonly #waiting: { start: () => void; since: number }[] = [];
  #scheduled = false;

  constructor(options: AckFirstOptions = {}) {
    this.#quietMs = options.quietMs ?? QUIET_MS;
    this.#maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
    this.#now = options.now ?? (() => performance.now());
  }

  /** An event is arriving or being acknowledged: the next start waits for a pause after it. */
  noteArrival(): void {
    this.#lastArrival = this.#now();
  }

  /** Resolves when work on one more recorded event may start. */
  turn(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#waiting.push({ start: resolve, since: this.#now() });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#waiting.length === 0) return;
    this.#scheduled = true;
    const now = this.#now();
    const wait = Math.min(this.#lastArrival + this.#quietMs, this.#forcedAt()) - now;
    if (wait > 0) setTimeout(() => this.#release(), Math.ceil(wait));
    else setImmediate(() => this.#release());
  }

  /** When the first waiter starts whatever the traffic: maxWaitMs after the later of the last start and its arrival. */
  #forcedAt(): number {
    const head = this.#waiting[0];
    return head ? Math.max(this.#lastStart, head.since) + this.#maxWaitMs : Number.POSITIVE_INFINITY;
  }

  #release(): void {
    this.#scheduled = false;
    const now = this.#now();
    if (now - this.#lastArrival >= this.#quietMs || now >= this.#forcedAt()) {
      this.#lastStart = now;
      this.#waiting.shift()?.start();
    }
    this.#schedule();
  }
}
