import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Domain } from "../../domain/index.js";
import type { ImportLease } from "../../domain/imports/import-job-lease.js";
import type { Actor } from "../../domain/shared/actor.js";
import { ConflictError } from "../../domain/shared/errors.js";
import type { FileStore } from "../documents/file-store.js";
import type { Reply } from "../types.js";
import { type ImportJob, importRemaining } from "./import-batches.js";
import { ImportProgressReporter } from "./import-progress-reporter.js";

export interface ImportRunnerDeps {
  domain: Domain;
  files: FileStore;
  /** Whether a platform's sender edits a posted card in place (ChannelCapabilities.updateInPlace). */
  editable: (platform: string) => boolean;
  /** Outbox rows were queued: deliver them without waiting for the next poll. */
  queued?: () => void;
  logger?: { info(message: string): void; error(message: string, error: unknown): void };
}

/**
 * Works confirmed imports in the background, one job at a time per runner. It polls for running
 * jobs nobody holds — just confirmed, or left by a process that stopped or died (its claim lapses),
 * also at start-up — claims one (ImportJobLeases) and commits its remaining rows batch by batch,
 * reporting progress in the importer's chat. The command line runs a job through it in the
 * foreground (runInForeground), with the same batches.
 */
export class ImportRunner {
  /** This runner's name in a job's claim (ImportJob.leaseOwner). */
  readonly owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  private timer: NodeJS.Timeout | undefined;
  private working: Promise<number> | undefined;
  private stopping = false;

  constructor(private readonly deps: ImportRunnerDeps) {}

  /** Polls every `pollMs`, at once first (jobs a stop left running are taken up at start-up). */
  start(pollMs: number): void {
    this.stopping = false;
    void this.tick();
    // A poll while a pass is under way is skipped (the pass is already working the jobs).
    this.timer = setInterval(() => {
      if (!this.working) void this.tick();
    }, pollMs);
    this.timer.unref();
  }

  /** Stops between two batches: the job stays running, its claim released, for the next runner. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.working;
  }

  /**
   * One pass over the claimable jobs that starts after this call; resolves with the jobs it finished. A pass
   * under way may have looked for jobs before a job was confirmed, so it is waited for, then jobs are looked for again.
   */
  async tick(): Promise<number> {
    while (this.working) await this.working;
    this.working = this.runClaimable()
      .catch((error: unknown) => {
        this.deps.logger?.error("import: runner pass failed", error);
        return 0;
      })
      .finally(() => (this.working = undefined));
    return this.working;
  }

  private async runClaimable(): Promise<number> {
    let finished = 0;
    for (const jobId of await this.deps.domain.importLeases.claimable()) {
      if (this.stopping) break;
      const lease = await this.deps.domain.importLeases.claim(jobId, this.owner);
      if (!lease) continue; // another runner was first
      if (await this.work(jobId, lease, true)) finished += 1;
    }
    return finished;
  }

  /**
   * The job run here and now (the command line), its result returned instead of sent. Waits up to
   * `waitMs` for another holder's claim to lapse; "held" when it did not.
   */
  async runInForeground(jobId: string, options: { waitMs: number; onBatch?: (job: ImportJob) => void }): Promise<Reply[] | "held"> {
    const deadline = Date.now() + options.waitMs;
    let lease = await this.deps.domain.importLeases.claim(jobId, this.owner);
    while (!lease && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      lease = await this.deps.domain.importLeases.claim(jobId, this.owner);
    }
    if (!lease) return "held";
    return (await this.work(jobId, lease, false, options.onBatch)) ?? [];
  }

  private async work(jobId: string, lease: ImportLease, report: boolean, onBatch?: (job: ImportJob) => void): Promise<Reply[] | null> {
    const { domain, files } = this.deps;
    const store = domain.importRuns;
    try {
      const job = await store.job(jobId);
      const importer = await store.importer(job.actorId);
      const notify = report ? await store.notifyOf(job, importer.locale) : null;
      const actor: Actor = { userId: importer.userId, role: importer.role, teamId: importer.teamId, channel: notify?.platform ?? "import" };
      const queued = this.deps.queued ?? (() => undefined);
      const progress = new ImportProgressReporter(store, notify, notify ? this.deps.editable(notify.platform) : false, queued, job.doneRows);
      const replies = await importRemaining({ domain, files, actor, locale: notify?.locale ?? importer.locale }, jobId, {
        lease,
        stop: () => this.stopping,
        onBatch: async (moved) => {
          await progress.batch(moved);
          onBatch?.(moved);
        },
        report: (done, result) => progress.finished(done, result),
      });
      if (replies && (await store.job(jobId)).status === "failed") await progress.failed(replies);
      if (replies) queued();
      return replies;
    } catch (error) {
      // Another runner holds the job now (this one's claim lapsed during a stall): it goes on there.
      if (error instanceof ConflictError) return null;
      throw error;
    } finally {
      await this.deps.domain.importLeases.release(jobId, lease.owner);
    }
  }
}
