import type { OutboxRow, OutboxStore } from "../../domain/outbox/outbox-store.js";
import type { Clock } from "../../domain/shared/clock.js";
import type { Reply } from "../types.js";
import { type ChannelSender, DeliveryError } from "./channel-sender.js";
import type { OutboundMessage } from "./outbox.js";

export interface OutboxWorkerOptions {
  /** Rows looked at per pass. */
  batchSize?: number;
  /** A row being sent is leased for this long; after a crash another pass takes it again. */
  leaseMs?: number;
  /** Longest wait between two attempts of one message. */
  maxBackoffMs?: number;
  /** After this many failed attempts a retryable message is given up (about 4 hours with the defaults). */
  maxAttempts?: number;
  logger?: { warn(message: string, detail?: unknown): void };
}

type Row = OutboxRow;

/**
 * Delivers the outbox: oldest first, in order per chat, with backoff on temporary errors and the
 * platform's Retry-After on 429. Rows are claimed with a conditional update, so two workers (or
 * two instances) never send the same row at the same time.
 */
export class OutboxWorker {
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly maxBackoffMs: number;
  private readonly maxAttempts: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;

  constructor(
    private readonly store: OutboxStore,
    private readonly senders: ReadonlyMap<string, ChannelSender>,
    private readonly clock: Clock,
    private readonly options: OutboxWorkerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 60;
  }

  /** Polls every pollMs until stop(); kick() makes new messages go out without waiting for the poll. */
  start(pollMs = 1000): void {
    this.stop();
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Resolves when no pass is running (graceful shutdown: the database must outlive the last pass). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** Runs a pass now (or right after the current one). Errors are logged, never thrown. */
  kick(): void {
    void this.drain().catch((error) => this.options.logger?.warn("outbox: pass failed", error));
  }

  /** Delivers everything that is due, pass after pass, until nothing due is left; resolves with the count sent. */
  async drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          const sent = await this.passOnce();
          total += sent;
          if (sent > 0) this.again = true;
        } while (this.again);
      } finally {
        this.running = undefined;
      }
      return total;
    })();
    return this.running;
  }

  private async passOnce(): Promise<number> {
    const now = this.clock.now();
    const rows = await this.store.due([...this.senders.keys()], this.batchSize);
    const byChat = new Map<string, Row[]>();
    for (const row of rows) {
      const key = `${row.platform}\u0000${row.conversationId}`;
      byChat.set(key, [...(byChat.get(key) ?? []), row]);
    }
    const counts = await Promise.all([...byChat.values()].map((chat) => this.deliverChat(chat, now)));
    return counts.reduce((a, b) => a + b, 0);
  }

  /** Sends one chat's rows in order and stops at the first that must wait, so order is kept. */
  private async deliverChat(rows: Row[], now: Date): Promise<number> {
    let sent = 0;
    for (const row of rows) {
      if (row.nextAttemptAt > now) return sent;
      if (!(await this.store.lease(row, now, this.leaseMs))) return sent;
      const outcome = await this.deliverRow(row);
      if (outcome === "sent") sent += 1;
      if (outcome === "retry") return sent;
    }
    return sent;
  }

  private async deliverRow(row: Row): Promise<"sent" | "retry" | "failed"> {
    const sender = this.senders.get(row.platform);
    const message = JSON.parse(row.payload) as Omit<OutboundMessage, "platform">;
    try {
      if (!sender) throw new DeliveryError("UNSUPPORTED", `no channel for ${row.platform}`);
      const messageRef = await this.send(sender, message);
      await this.store.markSent(row, message, messageRef);
      return "sent";
    } catch (error) {
      return this.recordFailure(row, error);
    }
  }

  private async send(sender: ChannelSender, message: Omit<OutboundMessage, "platform">): Promise<string | undefined> {
    const reply: Reply = message.reply;
    if (message.updateRef) {
      if (!sender.update || !sender.capabilities.updateInPlace) {
        // A channel that cannot edit gets the new state as a new message.
        return (await sender.send(message.target, reply)).messageRef;
      }
      await sender.update(message.target, message.updateRef, reply);
      return undefined;
    }
    return (await sender.send(message.target, reply)).messageRef;
  }

  private async recordFailure(row: Row, error: unknown): Promise<"retry" | "failed"> {
    const delivery = error instanceof DeliveryError ? error : new DeliveryError("TEMPORARY", String(error));
    const attempts = row.attempts + 1;
    const lastError = `${delivery.code}: ${delivery.message}`.slice(0, 1000);
    if (!delivery.retryable || attempts >= this.maxAttempts) {
      await this.store.markFailed(row.id, lastError);
      this.options.logger?.warn(`outbox: gave up on ${row.platform} message ${row.id}`, lastError);
      return "failed";
    }
    const backoff = Math.min(this.maxBackoffMs, 1000 * 2 ** Math.min(attempts - 1, 20));
    const wait = delivery.code === "RATE_LIMITED" && delivery.retryAfterMs !== undefined ? delivery.retryAfterMs : backoff;
    await this.store.retryAt(row.id, new Date(this.clock.now().getTime() + wait), lastError);
    return "retry";
  }
}
