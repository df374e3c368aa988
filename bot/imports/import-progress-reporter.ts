import { performance } from "node:perf_hooks";
import type { ImportNotify } from "../../domain/imports/import-job-lease.js";
import { enqueueCardUpdates, enqueueOutbound } from "../../domain/outbox/outbox.js";
import type { Clock } from "../../domain/shared/clock.js";
import type { Db, DbOrTx } from "../../domain/shared/db.js";
import type { Reply } from "../types.js";
import type { ImportJob } from "./import-batches.js";
import { ImportM } from "./import-messages.js";
import { crossedQuarter, importCardFor, progressCard } from "./import-progress.js";

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
    private readonly db: Db,
    private readonly clock: Clock,
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
    const now = this.clock.now();
    if (this.editable && performance.now() - this.lastUpdate >= UPDATE_EVERY_MS) {
      this.lastUpdate = performance.now();
      const posts = await enqueueCardUpdates(this.db, importCardFor(job.id), { card: progressCard(job, this.notify.locale) } satisfies Reply, now);
      this.cardPosted = posts > 0;
      if (posts > 0) this.queued();
    }
    if (crossedQuarter(before, job.doneRows, job.totalRows) && !(this.editable && (await this.hasCard(job.id)))) {
      await this.send(this.db, { text: ImportM.progress[this.notify.locale](job.doneRows, job.totalRows) });
      this.queued();
    }
  }

  /** The result, written in the transaction that marks the job done; the card shows the final counts. */
  async finished(tx: DbOrTx, job: ImportJob, replies: readonly Reply[]): Promise<void> {
    if (!this.notify) return;
    const now = this.clock.now();
    if (this.editable)
      await enqueueCardUpdates(tx, importCardFor(job.id), { card: progressCard({ ...job, status: "done" }, this.notify.locale) } satisfies Reply, now);
    for (const reply of replies) await this.send(tx, reply);
  }

  private async hasCard(jobId: string): Promise<boolean> {
    this.cardPosted ??= (await this.db.cardPost.count({ where: importCardFor(jobId) })) > 0;
    return this.cardPosted;
  }

  private async send(db: DbOrTx, reply: Reply): Promise<void> {
    const { platform, target } = this.notify!;
    await enqueueOutbound(db, { platform, target, reply }, this.clock.now());
  }
}
