import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { isUniqueViolation } from "../shared/unique-violation.js";

/** Expired streams are deleted at most this often per instance. */
const PRUNE_EVERY_MS = 10 * 60 * 1000;

export interface ReplyStreamPart {
  part: number;
  of: number;
  /** Opaque to the domain: what the adapter will show for this part. */
  content: string;
}

export interface ReplyStreamState {
  createdAt: Date;
  closed: boolean;
  responseUrl: string | null;
  /** In part order. */
  parts: ReplyStreamPart[];
  /** Every part of the answer is in. */
  complete: boolean;
}

/** "added": the platform will fetch it; "closed": the stream was finished without it (send it another way); "unknown": no such stream. */
export type AddOutcome = "added" | "closed" | "unknown";

/**
 * Answers a platform fetches instead of receiving them (the WeCom smart bot's stream refresh):
 * the adapter opens a stream when it records the event, its sender adds each reply as a part, and
 * whichever instance the platform's poll reaches reads them. Shared by every instance.
 */
export class ReplyStreams {
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Opens a stream; opening it again (a redelivered event) keeps the first. */
  async open(id: string, platform: string, responseUrl: string | null, ttlMs: number): Promise<void> {
    await this.pruneNowAndThen();
    const now = this.clock.now();
    try {
      await this.db.replyStream.create({ data: { id, platform, responseUrl, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async add(id: string, part: ReplyStreamPart): Promise<AddOutcome> {
    const stream = await this.db.replyStream.findUnique({ where: { id }, select: { closedAt: true } });
    if (!stream) return "unknown";
    if (stream.closedAt) return "closed";
    try {
      await this.db.replyStreamPart.create({ data: { streamId: id, part: part.part, of: part.of, content: part.content } });
    } catch (error) {
      // A retried delivery of a part already added.
      if (!isUniqueViolation(error)) throw error;
    }
    // Closed meanwhile by a poll that gave up waiting: the part may never be fetched.
    const after = await this.db.replyStream.findUnique({ where: { id }, select: { closedAt: true } });
    return after?.closedAt ? "closed" : "added";
  }

  async read(id: string): Promise<ReplyStreamState | null> {
    const stream = await this.db.replyStream.findUnique({ where: { id }, include: { parts: { orderBy: { part: "asc" } } } });
    if (!stream) return null;
    const parts = stream.parts.map(({ part, of, content }) => ({ part, of, content }));
    const of = parts[0]?.of ?? Number.POSITIVE_INFINITY;
    return { createdAt: stream.createdAt, closed: !!stream.closedAt, responseUrl: stream.responseUrl, parts, complete: parts.length >= of };
  }

  /** Marks the stream finished without its answer; parts added from now on report "closed". */
  async close(id: string): Promise<void> {
    await this.db.replyStream.updateMany({ where: { id, closedAt: null }, data: { closedAt: this.clock.now() } });
  }

  private async pruneNowAndThen(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.db.replyStream.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  }
}
