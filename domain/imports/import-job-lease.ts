import { z } from "zod";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";

/** Where an import's runner reports: the chat it was confirmed in, in the importer's language (ImportJob.notify). */
export const importNotifySchema = z.object({
  platform: z.string().min(1),
  target: z.object({
    conversationId: z.string().min(1),
    kind: z.enum(["direct", "group"]),
    platformUserId: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  locale: z.enum(["zh", "en"]),
});
export type ImportNotify = z.infer<typeof importNotifySchema>;

/** A runner's hold on a job: commitBatch refuses a batch from anyone else and renews the hold to `until()`. */
export interface ImportLease {
  owner: string;
  until(): Date;
}

/** How long a claim holds without a committed batch: a runner that died lets go of its job after this. */
export function importLeaseMs(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.CRM_IMPORT_LEASE_MS ?? 60_000);
}

/**
 * Claims on running imports, so one runner works a job at a time (two app instances on
 * PostgreSQL, or the app and `npm run import -- --resume`). A claim is a conditional update of the
 * job's row, which settles races on every database; it lapses when its holder stops renewing it
 * (each batch renews it), so a job whose process was killed is taken up by the next runner.
 */
export class ImportJobLeases {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly leaseMs = importLeaseMs(),
  ) {}

  /** Running jobs that nobody holds: confirmed and never claimed, or their holder's claim ran out. */
  async claimable(): Promise<string[]> {
    const rows = await this.db.importJob.findMany({
      where: { status: "running", OR: [{ leaseUntil: null }, { leaseUntil: { lt: this.clock.now() } }] },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Takes the job for `owner` unless another runner holds it; the lease to hand to commitBatch, or null. */
  async claim(jobId: string, owner: string): Promise<ImportLease | null> {
    const now = this.clock.now();
    const taken = await this.db.importJob.updateMany({
      where: { id: jobId, status: "running", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, { leaseOwner: owner }] },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + this.leaseMs) },
    });
    if (taken.count !== 1) return null;
    return { owner, until: () => new Date(this.clock.now().getTime() + this.leaseMs) };
  }

  /** The runner is done with the job (finished, or stopping): the next one need not wait for the claim to run out. */
  async release(jobId: string, owner: string): Promise<void> {
    await this.db.importJob.updateMany({ where: { id: jobId, leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
  }
}
