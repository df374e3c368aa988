import type { EventLedger } from "../../domain/inbox/event-ledger.js";
import type { Bot } from "../bot.js";
import { AckFirst } from "./ack-first.js";
import type { EventProcessor, RecordedEvent } from "./event-processor.js";

export interface ProcessorLogger {
  error(message: string, error: unknown): void;
}

/** Works on recorded events on this thread, sharing its event loop with the acknowledgements. */
export class InProcessProcessor implements EventProcessor {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly ledger: EventLedger,
    private readonly bot: Bot,
    /** Called after replies are queued, to deliver them without waiting for the next poll. */
    private readonly onReplies: () => void,
    private readonly logger: ProcessorLogger = { error: (m, e) => console.error(m, e) },
    private readonly ackFirst: AckFirst = new AckFirst(),
  ) {}

  dispatch(job: RecordedEvent): Promise<void> {
    const key = `${job.platform}\u0000${job.stored.event.conversation.id}`;
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous
      .then(() => this.ackFirst.turn())
      .then(() => this.bot.gate.run(() => this.process(job)))
      .catch((error) => this.logger.error("inbox: event failed", error));
    this.chains.set(key, next);
    this.inFlight.add(next);
    void next.finally(() => {
      this.inFlight.delete(next);
      if (this.chains.get(key) === next) this.chains.delete(key);
    });
    return next;
  }

  noteArrival(): void {
    this.ackFirst.noteArrival();
  }

  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async close(): Promise<void> {
    await this.idle();
  }

  private async process({ platform, eventId, stored, fresh }: RecordedEvent): Promise<void> {
    // The platform was already acknowledged, so a sender over a limit (their own, their
    // platform's, the new-user cap) is told the message was not saved instead of it vanishing.
    // Events resumed after a restart are not counted.
    const refused = fresh ? await this.bot.admit(stored.event) : null;
    const { replies, failed } = refused ? { replies: [refused.reply], failed: false } : await this.bot.respond(stored.event);
    await this.ledger.finish(
      platform,
      eventId,
      failed ? "failed" : "processed",
      replies.map((reply, index) => ({
        platform,
        target: { ...stored.target, answerPart: { index, of: replies.length, answer: `${platform}:${eventId}` } },
        reply,
        ...(reply.cardFor ? { cardFor: reply.cardFor } : {}),
      })),
    );
    if (replies.length > 0) this.onReplies();
  }
}
