import { performance } from "node:perf_hooks";
import type { ImportNotify } from "../../domain/imports/import-job-lease.js";
import type { ImportRunStore } from "../../domain/imports/import-run-store.js";
import type { FinishReport } from "../../domain/imports/import.service.js";
import type { Reply } from "../types.js";
import type { ImportJob } from "./import-batches.js";
import { ImportM } from "./import-messages.js";
import { crossedQuarter, progressCard } from "./import-progress.js";

/** At most one in-place update of the card this often: a chat platform rate-limits edits (Slack ~50 a minute). */
const UPDATE_EVERY_MS = 2_000;

/**
 * Reports a background import's progress in the chat it was confirmed in. Where the platform edits
 * a posted card (ChannelCapabilities.updateInPlace) and the progress card was posted, that card is
 * updated in place as batches commit; elsewhere (or when the card was not recorded) the chat gets a
 * message at 25, 50 and 75 % only. The result goes to the same chat.
 */
export class ImportProgressReporter {
  private lastUpdate = Number.NEGATIVE_INFINITY;
  private cardPosted: boolean | undefined;

  constructor(
    private readonly store: ImportRunStore,
    private readonly notify: ImportNotify | null,
    /** ChannelCapabilities.updateInPlace of the chat's platform. */
    private readonly editable: boolean,
    private readonly queued: () => void,
    private doneRows: number,
  ) {}

  async batch(job: ImportJob): Promise<void> {
    const before = this.doneRows;
    this.doneRows = job.doneRows;
    if (!this.notify) return;
    if (this.editable && performance.now() - this.lastUpdate >= UPDATE_EVERY_MS) {
      this.lastUpdate = performance.now();
      const posts = await this.store.updateCards(job.id, { card: progressCard(job, this.notify.locale) } satisfies Reply);
      this.cardPosted = posts > 0;
      if (posts > 0) this.queued();
    }
    if (crossedQuarter(before, job.doneRows, job.totalRows) && !(this.editable && (await this.hasCard(job.id)))) {
      await this.store.send(this.notify, { text: ImportM.progress[this.notify.locale](job.doneRows, job.totalRows) } satisfies Reply);
      this.queued();
    }
  }

  /** The result for the chat, queued with the job's end; the card shows the final counts. */
  finished(job: ImportJob, replies: readonly Reply[]): FinishReport {
    if (!this.notify) return {};
    const { platform, target, locale } = this.notify;
    return {
      messages: replies.map((reply) => ({ platform, target, reply })),
      ...(this.editable ? { cardUpdate: { card: progressCard(job, locale) } satisfies Reply } : {}),
    };
  }

  /** Why the file could not be read, for a job that ended "failed". */
  async failed(replies: readonly Reply[]): Promise<void> {
    if (this.notify) for (const reply of replies) await this.store.send(this.notify, reply);
  }

  private async hasCard(jobId: string): Promise<boolean> {
    this.cardPosted ??= await this.store.hasCard(jobId);
    return this.cardPosted;
  }
}
