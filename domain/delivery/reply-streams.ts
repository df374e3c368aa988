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

/**
 * "unknown": no such stream (expired). Otherwise whether the stream is still fetched by the platform,
 * and `late`: once a closed stream's answer is whole, the parts the platform was never shown, which
 * go out together another way (a response_url takes one message). Exactly one caller gets them.
 */
export type AddOutcome = "unknown" | { closed: boolean; late: ReplyStreamPart[] | null };

/**
 * Answers a platform fetches instead of receiving them (the WeCom smart bot's stream refresh):
 * the adapter opens a stream when it records the event, its sender adds each reply as a part, and
 * whichever instance the platform's poll reaches reads them. A stream the platform stopped fetching
 * (or, for a card click, never fetches) is closed: its remaining parts are handed over once whole.
 * Shared by every instance.
 */
export class ReplyStreams {
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Opens a stream (`closed`: nothing will fetch it); opening it again (a redelivered event) keeps the first. */
  async open(id: string, platform: string, responseUrl: string | null, ttlMs: number, options: { closed?: boolean } = {}): Promise<void> {
    await this.pruneNowAndThen();
    const now = this.clock.now();
    try {
      await this.db.replyStream.create({
        data: {
          id,
          platform,
          responseUrl,
          createdAt: now,
          expiresAt: new Date(now.getTime() + ttlMs),
          ...(options.closed ? { closedAt: now, shownParts: 0 } : {}),
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async add(id: string, part: ReplyStreamPart): Promise<AddOutcome> {
    if (!(await this.db.replyStream.findUnique({ where: { id }, select: { id: true } }))) return "unknown";
    try {
      await this.db.replyStreamPart.create({ data: { streamId: id, part: part.part, of: part.of, content: part.content } });
    } catch (error) {
      // A retried delivery of a part already added.
      if (!isUniqueViolation(error)) throw error;
    }
    const late = await this.claimLate(id);
    const stream = await this.db.replyStream.findUnique({ where: { id }, select: { closedAt: true } });
    return { closed: !!stream?.closedAt, late };
  }

  async read(id: string): Promise<ReplyStreamState | null> {
    const stream = await this.db.replyStream.findUnique({ where: { id }, include: { parts: { orderBy: { part: "asc" } } } });
    if (!stream) return null;
    const parts = stream.parts.map(({ part, of, content }) => ({ part, of, content }));
    return { createdAt: stream.createdAt, closed: !!stream.closedAt, responseUrl: stream.responseUrl, parts, complete: isComplete(parts) };
  }

  /**
   * Closes the stream after the platform was shown its first `shownParts` parts (what the closing
   * poll read). Returns the late parts when the answer is whole already (else the last add does).
   */
  async close(id: string, shownParts: number): Promise<ReplyStreamPart[] | null> {
    await this.db.replyStream.updateMany({ where: { id, closedAt: null }, data: { closedAt: this.clock.now(), shownParts } });
    return this.claimLate(id);
  }

  /**
   * The parts not shown, once a closed stream is whole: claimed by one caller only (the row's
   * shownParts moves to the total with a conditional update, so two instances never both get them).
   */
  private async claimLate(id: string): Promise<ReplyStreamPart[] | null> {
    const stream = await this.db.replyStream.findUnique({ where: { id }, include: { parts: { orderBy: { part: "asc" } } } });
    if (!stream?.closedAt || stream.shownParts === null) return null;
    const parts = stream.parts.map(({ part, of, content }) => ({ part, of, content }));
    if (!isComplete(parts) || stream.shownParts >= parts.length) return null;
    const taken = await this.db.replyStream.updateMany({ where: { id, shownParts: stream.shownParts }, data: { shownParts: parts.length } });
    return taken.count === 1 ? parts.filter((p) => p.part >= stream.shownParts!) : null;
  }

  /** Gives late parts back after they could not be sent, so the next delivery attempt claims them again. */
  async release(id: string, parts: readonly ReplyStreamPart[]): Promise<void> {
    const first = parts[0]?.part;
    if (first === undefined) return;
    await this.db.replyStream.updateMany({ where: { id, shownParts: first + parts.length }, data: { shownParts: first } });
  }

  private async pruneNowAndThen(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.db.replyStream.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  }
}

function isComplete(parts: readonly ReplyStreamPart[]): boolean {
  return parts.length > 0 && parts.length >= parts[0]!.of;
}
