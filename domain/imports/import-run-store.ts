import { isRole, type Role } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { enqueueCardUpdates, enqueueOutbound, type OutboundMessage } from "../outbox/outbox.js";
import { type ImportNotify, importNotifySchema } from "./import-job-lease.js";

/** The record an import's progress card is posted for (CardPost), so it can be updated in place. */
export const importCardFor = (jobId: string) => ({ entityType: "import", entityId: jobId });

/**
 * What the background import runner reads and writes besides the batches: the job and its
 * importer, where to report, and the outbox rows of its progress (the bot's replies, stored as JSON).
 */
export class ImportRunStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async job(jobId: string) {
    return this.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
  }

  /** The importer as the runner acts for them (their role and team decide what the rows may change). */
  async importer(userId: string): Promise<{ userId: string; role: Role; teamId: string | null; locale: "zh" | "en" }> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    return { userId: user.id, role: isRole(user.role) ? user.role : "rep", teamId: user.teamId, locale: user.locale === "en" ? "en" : "zh" };
  }

  /** Where the job reports: the chat it was confirmed in, or (a job confirmed before it kept one) the importer's direct messages. */
  async notifyOf(job: { notify: string | null; actorId: string }, locale: "zh" | "en"): Promise<ImportNotify | null> {
    if (job.notify) return importNotifySchema.parse(JSON.parse(job.notify));
    const identity = await this.db.channelIdentity.findFirst({ where: { userId: job.actorId }, orderBy: { createdAt: "asc" } });
    if (!identity) return null;
    const target = { conversationId: identity.platformUserId, kind: "direct" as const, platformUserId: identity.platformUserId };
    return { platform: identity.platform, target: identity.tenantId ? { ...target, tenantId: identity.tenantId } : target, locale };
  }

  /** Queues a message to the job's chat. */
  async send(notify: ImportNotify, reply: unknown): Promise<void> {
    await enqueueOutbound(this.db, { platform: notify.platform, target: notify.target, reply } satisfies OutboundMessage, this.clock.now());
  }

  /** Queues the new state of every progress card posted for the job; resolves with how many there are. */
  updateCards(jobId: string, reply: unknown): Promise<number> {
    return enqueueCardUpdates(this.db, importCardFor(jobId), reply, this.clock.now());
  }

  async hasCard(jobId: string): Promise<boolean> {
    return (await this.db.cardPost.count({ where: importCardFor(jobId) })) > 0;
  }
}
