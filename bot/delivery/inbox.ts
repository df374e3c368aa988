import type { Clock } from "../../domain/shared/clock.js";
import type { Db } from "../../domain/shared/db.js";
import type { Bot } from "../bot.js";
import { claimEvent } from "../processed-events.js";
import type { InboundEvent } from "../types.js";
import type { DeliveryTarget } from "./channel-sender.js";
import { enqueueOutbound } from "./outbox.js";

interface StoredEvent {
  event: InboundEvent;
  target: DeliveryTarget;
}

export interface InboxLogger {
  error(message: string, error: unknown): void;
}

/**
 * The durable inbox for platform events. An adapter calls receive() and acknowledges the platform
 * only after it resolves: the event is then on disk, a retry of it is a no-op, and a crash before
 * it was processed is repaired by resume() at the next start. Replies go to the outbox.
 */
export class Inbox {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly bot: Bot,
    private readonly clock: Clock,
    /** Called after replies are queued, to deliver them without waiting for the next poll. */
    private readonly onReplies: () => void,
    private readonly logger: InboxLogger = { error: (m, e) => console.error(m, e) },
  ) {}

  /**
   * Records the event and starts processing it in the background.
   * "duplicate" means this delivery was recorded before and nothing more will happen.
   */
  async receive(
    event: InboundEvent & { eventId: string },
    target: DeliveryTarget,
    /** The caller already checked the limits (bot.admit) and could still refuse; don't count it twice. */
    options: { admitted?: boolean } = {},
  ): Promise<"accepted" | "duplicate"> {
    const payload: StoredEvent = { event, target };
    // A recorded event is acknowledged and resume() finishes it after a crash, so only a "failed"
    // one (an unexpected error) is run again when the platform delivers it once more.
    const claim = await claimEvent(this.db, event.channel, event.eventId, {
      now: this.clock.now(),
      staleAfterMs: Number.POSITIVE_INFINITY,
      payload: JSON.stringify(payload),
    });
    if (claim === "duplicate") return "duplicate";
    this.schedule(event.channel, event.eventId, payload, !options.admitted);
    return "accepted";
  }

  /**
   * Processes events recorded but not finished (the process stopped in between). Each row is
   * claimed with a conditional update (receivedAt is bumped as a lease), so instances resuming at
   * the same time take each event once. With several instances, pass olderThanMs: an event
   * received a moment ago may still be in the hands of the instance that received it.
   */
  async resume(options: { olderThanMs?: number } = {}): Promise<number> {
    const now = this.clock.now();
    const rows = await this.db.processedEvent.findMany({
      where: {
        status: "received",
        payload: { not: null },
        ...(options.olderThanMs !== undefined ? { receivedAt: { lt: new Date(now.getTime() - options.olderThanMs) } } : {}),
      },
      orderBy: { receivedAt: "asc" },
    });
    let taken = 0;
    for (const row of rows) {
      const claim = await this.db.processedEvent.updateMany({
        where: { id: row.id, status: "received", receivedAt: row.receivedAt },
        data: { receivedAt: now },
      });
      if (claim.count === 0) continue;
      taken += 1;
      this.schedule(row.platform, row.eventId, JSON.parse(row.payload ?? "{}") as StoredEvent);
    }
    return taken;
  }

  /** Resolves when every event received so far has been processed (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Events of one chat are processed one after another, in arrival order. */
  private schedule(platform: string, eventId: string, stored: StoredEvent, fresh = false): void {
    const key = `${platform}\u0000${stored.event.conversation.id}`;
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.bot.gate.run(() => this.process(platform, eventId, stored, fresh))).catch((error) => this.logger.error("inbox: event failed", error));
    this.chains.set(key, next);
    this.inFlight.add(next);
    void next.finally(() => {
      this.inFlight.delete(next);
      if (this.chains.get(key) === next) this.chains.delete(key);
    });
  }

  private async process(platform: string, eventId: string, stored: StoredEvent, fresh: boolean): Promise<void> {
    // The platform was already acknowledged, so a sender over a limit (their own, their
    // platform's, the new-user cap) is told the message was not saved instead of it vanishing.
    // Events resumed after a restart are not counted.
    const refused = fresh ? await this.bot.admit(stored.event) : null;
    const { replies, failed } = refused ? { replies: [refused.reply], failed: false } : await this.bot.respond(stored.event);
    const now = this.clock.now();
    await this.db.$transaction(async (tx) => {
      for (const reply of replies) await enqueueOutbound(tx, { platform, target: stored.target, reply }, now);
      await tx.processedEvent.update({
        where: { platform_eventId: { platform, eventId } },
        data: { status: failed ? "failed" : "processed", processedAt: now },
      });
    });
    if (replies.length > 0) this.onReplies();
  }
}
