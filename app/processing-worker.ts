import type { ChannelTraits } from "../domain/outbox/notifier.js";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { RecordedEvent } from "../bot/delivery/event-processor.js";
import { InProcessProcessor } from "../bot/delivery/in-process-processor.js";
import { systemClock } from "../domain/shared/clock.js";
import { CrossThreadWriteLock } from "../domain/shared/cross-thread-write-lock.js";
import { openDatabase } from "../domain/shared/db.js";
import { createBotCore } from "./create-bot.js";
import { loadDataKeys, sensitiveFieldsFor } from "./data-keys.js";

/** Below the main thread (0): the CPU goes to acknowledgements first. */
const WORKER_NICE = 10;

const CHECKPOINT_EVERY_MS = 1000;

/** What the main thread hands the processing worker (all of it structured-cloneable). */
export interface WorkerSetup {
  /** The database openDatabase() opens: a resolved SQLite file path or a PostgreSQL URL. */
  databaseTarget: string;
  /** The SQLite write lock shared with the main thread (absent on PostgreSQL). */
  writeLock?: SharedArrayBuffer | undefined;
  env: Record<string, string | undefined>;
  platforms: string[];
  channelTraits: Record<string, ChannelTraits>;
  filesDir?: string | undefined;
}

export type ToWorker = { type: "event"; job: RecordedEvent } | { type: "close" };
export type FromWorker = { type: "done"; platform: string; eventId: string } | { type: "replies" } | { type: "closed" } | { type: "error"; message: string };

/**
 * The processing worker (CRM_PROCESSING=worker): its own connection, domain and bot work on the
 * events the main thread recorded, so the main thread's event loop only receives and acknowledges.
 * Replies go to the outbox in the database; the main thread is told to deliver them.
 */
async function main(port: NonNullable<typeof parentPort>, setup: WorkerSetup): Promise<void> {
  const post = (message: FromWorker) => port.postMessage(message);
  const logger = { error: (message: string, error: unknown) => console.error(message, error) };
  const ready = (async () => {
    // Both threads' connections leave checkpoints to this one's timer (see openDatabase).
    const db = await openDatabase(
      setup.databaseTarget,
      setup.writeLock ? { writeLock: new CrossThreadWriteLock(setup.writeLock), checkpointEveryMs: CHECKPOINT_EVERY_MS } : {},
    );
    const fields = sensitiveFieldsFor(loadDataKeys(setup.env), setup.env);
    const { bot, domain } = createBotCore({
      db,
      clock: systemClock,
      fields,
      env: setup.env,
      platforms: setup.platforms,
      channelTraits: setup.channelTraits,
      filesDir: setup.filesDir,
      logger,
    });
    return { db, processor: new InProcessProcessor(domain.events, bot, () => post({ type: "replies" }), logger) };
  })();
  ready.catch((error: unknown) => {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
    // Ends this thread only; the main thread starts a new worker after a pause.
    process.exit(1);
  });
  port.on("message", (message: ToWorker) => {
    void ready.then(async ({ db, processor }) => {
      if (message.type === "event") {
        await processor.dispatch(message.job);
        post({ type: "done", platform: message.job.platform, eventId: message.job.eventId });
        return;
      }
      await processor.close();
      await db.$disconnect();
      post({ type: "closed" });
      port.close();
    });
  });
}

if (parentPort) {
  lowerThreadPriority();
  void main(parentPort, workerData as WorkerSetup);
}

/**
 * On Linux a nice value belongs to the thread that sets it: this worker yields the CPU to the
 * main thread, so a backlog of CRM work never slows down receiving and acknowledging. Elsewhere
 * (or without the right) the call changes nothing or fails, and the worker runs at normal priority.
 */
function lowerThreadPriority(): void {
  if (process.platform !== "linux") return;
  try {
    os.setPriority(0, WORKER_NICE);
  } catch {
    // Not permitted here: run at the normal priority.
  }
}
