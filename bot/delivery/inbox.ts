import type { Clock } from "../../domain/shared/clock.js";
import type { InboxJournal } from "../../domain/inbox/inbox-journal.js";
import type { Db } from "../../domain/shared/db.js";
import type { Bot } from "../bot.js";
import { claimEvent } from "../processed-events.js";
import type { InboundEvent } from "../types.js";
import type { DeliveryTarget } from "./channel-sender.js";
import type { EventProcessor, StoredEvent } from "./event-processor.js";
import { InProcessProcessor, type ProcessorLogger } from "./in-process-processor.js";

export type InboxLogger = ProcessorLogger;

export interface InboxOptions {
  /** The acknowledgement path's own connection; without it (in-memory SQLite) events are recorded through db. */
  journal?: InboxJournal | null;
  /** Who works on recorded events; default this thread (InProcessProcessor). */
  processor?: EventProcessor;
}

/**
 * The durable inbox for platform events. An adapter calls receive() and acknowledges the platform
 * only after it resolves: the event is then on disk, a retry of it is a no-op, and a crash before
 * it was processed is repaired by resume() at the next start. Replies go to the outbox.
 */
export class Inbox {
  private readonly journal: InboxJournal | null;
  private readonly processor: EventProcessor;

  constructor(
    private readonly db: Db,
    bot: Bot,
    private readonly clock: Clock,
    /** Called after replies are queued, to deliver them without waiting for the next poll. */
    onReplies: () => void,
    logger: InboxLogger = { error: (m, e) => console.error(m, e) },
    options: InboxOptions = {},
  ) {
    this.journal = options.journal ?? null;
    this.processor = options.processor ?? new InProcessProcessor(db, bot, clock, onReplies, logger);
  }

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
    const stored = JSON.stringify(payload);
    const now = this.clock.now();
    // The common case: one insert on the journal's own connection, not queued behind CRM work.
    const journaled = this.journal ? await this.journal.record({ platform: event.channel, eventId: event.eventId, payload: stored, at: now }) : "unavailable";
    if (journaled === "recorded") {
      void this.processor.dispatch({ platform: event.channel, eventId: event.eventId, stored: payload, fresh: !options.admitted });
      return "accepted";
    }
    // A redelivery, or the journal could not write just now. A recorded event is acknowledged and
    // resume() finishes it after a crash, so only a "failed" one (an unexpected error) is run
    // again when the platform delivers it once more.
    const claim = await claimEvent(this.db, event.channel, event.eventId, {
      now,
      staleAfterMs: Number.POSITIVE_INFINITY,
      payload: stored,
    });
    if (claim === "duplicate") return "duplicate";
    void this.processor.dispatch({ platform: event.channel, eventId: event.eventId, stored: payload, fresh: !options.admitted });
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
      void this.processor.dispatch({ platform: row.platform, eventId: row.eventId, stored: JSON.parse(row.payload ?? "{}") as StoredEvent, fresh: false });
    }
    return taken;
  }

  /** Resolves when every event received so far has been processed (tests, graceful shutdown). */
  async idle(): Promise<void> {
    await this.processor.idle();
  }

  /** Waits for the events in hand, then stops the processor (a worker thread ends). */
  async close(): Promise<void> {
    await this.processor.close();
  }
}
