import { Worker } from "node:worker_threads";
import type { EventProcessor, RecordedEvent } from "../bot/delivery/event-processor.js";
import type { ProcessorLogger } from "../bot/delivery/in-process-processor.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./processing-worker.js";

/**
 * Works on recorded events in a worker thread (CRM_PROCESSING=worker, issue 16): the CRM work of a
 * backlog never holds up the next acknowledgement on the main thread. Per-chat order is kept by
 * the worker. A worker that dies is started again and given the events it had not finished;
 * they are still "received" on disk, and a change already committed is not applied twice
 * (AuditLog.sourceEventKey).
 */
const RESTART_PAUSE_MS = 1000;

export class WorkerProcessor implements EventProcessor {
  #worker: Worker | undefined;
  readonly #pending = new Map<string, { job: RecordedEvent; done: Promise<void>; resolve: () => void }>();
  #closing = false;

  constructor(
    /** Read when the worker starts (at the first event): the platform list is complete by then. */
    private readonly setup: () => WorkerSetup,
    /** Replies were queued in the outbox: deliver them. */
    private readonly onReplies: () => void,
    private readonly logger: ProcessorLogger,
  ) {}

  dispatch(job: RecordedEvent): Promise<void> {
    const key = keyOf(job.platform, job.eventId);
    const existing = this.#pending.get(key);
    if (existing) return existing.done;
    let resolve = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    this.#pending.set(key, { job, done, resolve });
    this.#send({ type: "event", job });
    return done;
  }

  /** The worker has a thread (and, given a second core, a CPU) of its own: nothing to make way for. */
  noteArrival(): void {}

  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending.values()].map((p) => p.done));
  }

  async close(): Promise<void> {
    await this.idle();
    this.#closing = true;
    const worker = this.#worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    worker.postMessage({ type: "close" } satisfies ToWorker);
    await exited;
  }

  #send(message: ToWorker): void {
    this.#worker ??= this.#spawn();
    this.#worker.postMessage(message);
  }

  #spawn(): Worker {
    // Compiled by `npm start` (dist/): the worker loads the JavaScript entry beside this module. From
    // the TypeScript source (tests, tsx): it registers tsx's loader first, then loads the TypeScript entry.
    const compiled = import.meta.url.endsWith(".js");
    const entry = new URL(compiled ? "./processing-worker.js" : "./processing-worker.ts", import.meta.url).href;
    const boot = compiled
      ? `import(${JSON.stringify(entry)});`
      : `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    const setup = this.setup();
    // The same young generation as npm start gives the main thread (--max-semi-space-size=4: three semi-spaces).
    const worker = new Worker(boot, { eval: true, workerData: setup, env: setup.env, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
    worker.on("message", (message: FromWorker) => this.#onMessage(message));
    worker.on("error", (error) => this.logger.error("processing worker: failed", error));
    worker.on("exit", (code) => {
      if (this.#closing) return;
      this.logger.error("processing worker: stopped, starting it again", new Error(`exit code ${code}`));
      // A pause, so a worker that cannot start (database gone) is not restarted in a tight loop.
      setTimeout(() => {
        if (this.#closing) return;
        this.#worker = this.#spawn();
        for (const { job } of this.#pending.values()) this.#send({ type: "event", job });
      }, RESTART_PAUSE_MS);
    });
    return worker;
  }

  #onMessage(message: FromWorker): void {
    if (message.type === "done") {
      const key = keyOf(message.platform, message.eventId);
      this.#pending.get(key)?.resolve();
      this.#pending.delete(key);
    } else if (message.type === "replies") {
      this.onReplies();
    } else if (message.type === "error") {
      this.logger.error("processing worker: could not start", new Error(message.message));
    }
  }
}

function keyOf(platform: string, eventId: string): string {
  return `${platform}\u0000${eventId}`;
}
