import type { EventLedger } from "../domain/inbox/event-ledger.js";
import type { InboxJournal } from "../domain/inbox/inbox-journal.js";
import type { Clock } from "../domain/shared/clock.js";
import { InvalidInputError } from "../domain/shared/errors.js";
import type { Bot } from "./bot.js";
import type { DeliveryTarget } from "./delivery/channel-sender.js";
import type { EventProcessor, StoredEvent } from "./delivery/event-processor.js";
import { InProcessProcessor, type ProcessorLogger } from "./delivery/in-process-processor.js";
import { errorReply } from "./error-reply.js";
import { type BotResponse, type InboundEvent, type Reply, inboundEventSchema } from "./types.js";

export type InboxLogger = ProcessorLogger;

export interface InboxOptions {
  /** The acknowledgement path's own connection; without it (in-memory SQLite) events are recorded through the ledger. */
  journal?: InboxJournal | null;
  /** Who works on recorded events; default this thread (InProcessProcessor). */
  processor?: EventProcessor;
  /** When a retry answered in the request may take over an event whose earlier attempt never finished (see claimEvent). */
  claim?: { staleAfterMs?: number; maxAttempts?: number };
  /** Called after replies are queued, to deliver them without waiting for the next poll. */
  onReplies?: () => void;
  logger?: InboxLogger;
}

/**
 * The one way in for inbound events: each is recorded (ProcessedEvent), processed by the bot and
 * answered, exactly once per delivery id.
 *
 * - receive(): platform adapters. The event is on disk when it resolves, so the adapter
 *   acknowledges then; the bot works on it in the background and its replies go to the outbox.
 *   A retry is a no-op, and a crash before it was processed is repaired by resume().
 * - handle(): the local channel (terminal, local API, tests): the same record → process →
 *   answered steps inside the request, with the replies returned instead of queued.
 */
export class Inbox {
  private readonly journal: InboxJournal | null;
  private readonly processor: EventProcessor;
  /** Claims older than this were made by an earlier run of the process, which cannot finish them. */
  private readonly startedAt: Date;

  constructor(
    private readonly ledger: EventLedger,
    private readonly bot: Bot,
    private readonly clock: Clock,
    private readonly options: InboxOptions = {},
  ) {
    this.journal = options.journal ?? null;
    this.processor =
      options.processor ??
      new InProcessProcessor(ledger, bot, options.onReplies ?? (() => undefined), options.logger ?? { error: (m, e) => console.error(m, e) });
    this.startedAt = clock.now();
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
    this.processor.noteArrival();
    const payload: StoredEvent = { event, target };
    const stored = JSON.stringify(payload);
    // The common case: one insert on the journal's own connection, not queued behind CRM work.
    const journaled = this.journal
      ? await this.journal.record({ platform: event.channel, eventId: event.eventId, payload: stored, at: this.clock.now() })
      : "unavailable";
    if (journaled !== "recorded") {
      // A redelivery, or the journal could not write just now. A recorded event is acknowledged and
      // resume() finishes it after a crash, so only a "failed" one (an unexpected error) is run
      // again when the platform delivers it once more.
      const claim = await this.ledger.claim(event.channel, event.eventId, { staleAfterMs: Number.POSITIVE_INFINITY, payload: stored });
      if (claim === "duplicate") return "duplicate";
    }
    this.processor.noteArrival();
    void this.processor.dispatch({ platform: event.channel, eventId: event.eventId, stored: payload, fresh: !options.admitted });
    return "accepted";
  }

  /** This delivery was recorded before (and did not fail): a redelivery will be a duplicate. */
  isRecorded(platform: string, eventId: string): Promise<boolean> {
    return this.ledger.isRecorded(platform, eventId);
  }

  /** An event the adapter answers itself (a message type the bot cannot read): recorded and answered once. */
  async answerDirectly(event: { platform: string; eventId: string }, target: DeliveryTarget, reply: Reply): Promise<"accepted" | "duplicate"> {
    const outcome = await this.ledger.recordAnswered(event.platform, event.eventId, { platform: event.platform, target, reply });
    if (outcome === "recorded") this.options.onReplies?.();
    return outcome === "recorded" ? "accepted" : "duplicate";
  }

  /**
   * Records, processes and answers one event in the request (the local channel). Invalid input is
   * answered, never thrown; an event without a delivery id is answered without a record.
   */
  async handle(input: unknown): Promise<BotResponse> {
    const parsed = inboundEventSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { replies: [errorReply(new InvalidInputError(issue?.path.join(".") || "event", issue?.message ?? "invalid"), "en")] };
    }
    const event = parsed.data;
    return this.bot.gate.run(() => this.handleNow(event));
  }

  private async handleNow(event: InboundEvent): Promise<BotResponse> {
    const { eventId } = event;
    // A retry of an event already answered is a duplicate whatever the rate: it costs no token.
    if (eventId && (await this.ledger.isProcessed(event.channel, eventId))) return { replies: [], duplicate: true };
    // Before the event is recorded: a refused message is not stored, so sending it again later works.
    const refused = await this.bot.admit(event);
    if (refused) return { replies: [refused.reply], rateLimited: { retryAfterMs: refused.retryAfterMs } };
    if (eventId) {
      const claim = await this.ledger.claim(event.channel, eventId, { startedAt: this.startedAt, ...this.options.claim });
      if (claim === "duplicate") return { replies: [], duplicate: true };
    }
    const { replies, failed } = await this.bot.respond(event);
    if (eventId) await this.ledger.finish(event.channel, eventId, failed ? "failed" : "processed");
    return { replies };
  }

  /**
   * Processes events recorded but not finished (the process stopped in between). With several
   * instances, pass olderThanMs: an event received a moment ago may still be in the hands of the
   * instance that received it.
   */
  async resume(options: { olderThanMs?: number } = {}): Promise<number> {
    const rows = await this.ledger.takeUnfinished(options);
    for (const row of rows) {
      void this.processor.dispatch({ platform: row.platform, eventId: row.eventId, stored: JSON.parse(row.payload) as StoredEvent, fresh: false });
    }
    return rows.length;
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
