import type { OutboxRow, OutboxStore } from "../../domain/outbox/outbox-store.js";
import type { Clock } from "../../domain/shared/clock.js";
import type { Reply } from "../types.js";
import { BATCH_MAX, BATCH_MIN, batchKeyOf, mergeReplies } from "./batch-replies.js";
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
  /** Work a reply needs right before it is sent (a chart drawn to its attachment). */
  prepare?: (reply: Reply) => Promise<Reply>;
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

  /**
   * Sends one chat's rows in order and stops at the first that must wait, so order is kept. A run
   * of due rows of one batch (Reply.batch, from BATCH_MIN on) goes as one message.
   */
  private async deliverChat(rows: Row[], now: Date): Promise<number> {
    let sent = 0;
    for (let i = 0; i < rows.length; ) {
      const run = batchRun(rows, i, now);
      const leased: Row[] = [];
      for (const row of run) {
        if (!(await this.store.lease(row, now, this.leaseMs))) break;
        leased.push(row);
      }
      if (leased.length === 0) return sent;
      const outcome = leased.length === 1 ? await this.deliverRow(leased[0]!) : await this.deliverBatch(leased);
      if (outcome === "sent") sent += leased.length;
      if (outcome === "retry" || leased.length < run.length) return sent;
      i += leased.length;
    }
    return sent;
  }

  /** Several rows of one batch as one message; each row is marked with the outcome. */
  private async deliverBatch(rows: Row[]): Promise<"sent" | "retry" | "failed"> {
    const sender = this.senders.get(rows[0]!.platform);
    const messages = rows.map(messageOf);
    try {
      if (!sender) throw new DeliveryError("UNSUPPORTED", `no channel for ${rows[0]!.platform}`);
      await sender.send(messages[0]!.target, mergeReplies(messages.map((m) => m.reply)));
      // The merged post is no row's card: none is remembered for later in-place updates.
      for (const [index, row] of rows.entries()) await this.store.markSent(row, { target: messages[index]!.target }, undefined);
      return "sent";
    } catch (error) {
      let outcome: "retry" | "failed" = "failed";
      for (const row of rows) outcome = await this.recordFailure(row, error);
      return outcome;
    }
  }

  private async deliverRow(row: Row): Promise<"sent" | "retry" | "failed"> {
    const sender = this.senders.get(row.platform);
    const message = messageOf(row);
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
    const reply: Reply = this.options.prepare ? await this.options.prepare(message.reply) : message.reply;
    // Nothing left to send (a chart that could not be drawn, alone in its message).
    if (!reply.text && !reply.card && !reply.attachment) return undefined;
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

/**
 * The rows to send next from `start`: one row, or the run of due rows of one batch that follow it
 * (at least BATCH_MIN, at most BATCH_MAX). Empty when the row at `start` must wait.
 */
function batchRun(rows: readonly Row[], start: number, now: Date): Row[] {
  const first = rows[start];
  if (!first || first.nextAttemptAt > now) return [];
  const key = batchOfRow(first);
  if (key === undefined) return [first];
  const run = [first];
  for (let i = start + 1; i < rows.length && run.length < BATCH_MAX; i++) {
    const row = rows[i]!;
    if (row.nextAttemptAt > now || batchOfRow(row) !== key) break;
    run.push(row);
  }
  return run.length >= BATCH_MIN ? run : [first];
}

/** A row's stored message, parsed once per pass (the batch check and the delivery both read it). */
const parsed = new WeakMap<Row, Omit<OutboundMessage, "platform">>();
function messageOf(row: Row): Omit<OutboundMessage, "platform"> {
  let message = parsed.get(row);
  if (!message) {
    message = JSON.parse(row.payload) as Omit<OutboundMessage, "platform">;
    parsed.set(row, message);
  }
  return message;
}

function batchOfRow(row: Row): string | undefined {
  try {
    const message = messageOf(row);
    // An update of an earlier post, or a file or chart, is never folded into a batch.
    return message.updateRef || message.reply.attachment || message.reply.chart ? undefined : batchKeyOf(message.reply);
  } catch {
    return undefined;
  }
}
