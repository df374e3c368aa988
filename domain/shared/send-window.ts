import type { Clock } from "./clock.js";
import type { Db } from "./db.js";
import { withAdvisoryLock } from "./lock.js";

/**
 * A platform's send cap as a sliding window (a WeCom group robot takes 20 messages a minute and
 * drops the rest). take() either counts the sends or says how many milliseconds to wait; the
 * sender turns a wait into DeliveryError RATE_LIMITED so the outbox keeps the message.
 */
export interface SendWindow {
  /** 0 and the `slots` sends are counted, or the wait until they would fit (nothing counted). */
  take(window: string, slots?: number): Promise<number>;
  /** Gives back sends that did not reach the platform (they do not count against the cap). */
  release(window: string, slots?: number): Promise<void>;
}

/**
 * 0 when `slots` more sends fit beside `recent` (send times in the window, oldest first), else the
 * milliseconds until the oldest of those that must leave has left.
 */
function waitToFit(recent: number[], slots: number, limit: number, windowMs: number, now: number): number {
  if (recent.length + slots <= limit) return 0;
  const freeing = recent[Math.min(recent.length - 1, recent.length + slots - limit - 1)] ?? now;
  return Math.max(1, freeing + windowMs - now);
}

/**
 * The window kept in the database (SendWindowSlot rows), so every instance on it shares one cap:
 * two instances behind a load balancer send 20 a minute together, not 20 each. The count and the
 * insert run under one advisory lock per window.
 */
export class SharedSendWindow implements SendWindow {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly limit = 20,
    private readonly windowMs = 60_000,
  ) {}

  async take(window: string, slots = 1): Promise<number> {
    return withAdvisoryLock(this.db, `send-window:${window}`, async (tx) => {
      const now = this.clock.now();
      const since = new Date(now.getTime() - this.windowMs);
      await tx.sendWindowSlot.deleteMany({ where: { window, at: { lte: since } } });
      const recent = await tx.sendWindowSlot.findMany({ where: { window }, orderBy: { at: "asc" }, select: { at: true } });
      const wait = waitToFit(
        recent.map((r) => r.at.getTime()),
        slots,
        this.limit,
        this.windowMs,
        now.getTime(),
      );
      if (wait > 0) return wait;
      await tx.sendWindowSlot.createMany({ data: Array.from({ length: slots }, () => ({ window, at: now })) });
      return 0;
    });
  }

  async release(window: string, slots = 1): Promise<void> {
    await withAdvisoryLock(this.db, `send-window:${window}`, async (tx) => {
      const newest = await tx.sendWindowSlot.findMany({ where: { window }, orderBy: { at: "desc" }, take: slots, select: { id: true } });
      await tx.sendWindowSlot.deleteMany({ where: { id: { in: newest.map((r) => r.id) } } });
    });
  }
}

/**
 * The same window in this process's memory: for a sender used without a database (a sender's own
 * tests). The app gives senders the SharedSendWindow so every instance keeps one cap.
 */
export class LocalSendWindow implements SendWindow {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit = 20,
    private readonly windowMs = 60_000,
  ) {}

  async take(window: string, slots = 1): Promise<number> {
    const now = this.clock.now().getTime();
    const recent = (this.sent.get(window) ?? []).filter((at) => at > now - this.windowMs);
    this.sent.set(window, recent);
    const wait = waitToFit(recent, slots, this.limit, this.windowMs, now);
    if (wait > 0) return wait;
    for (let i = 0; i < slots; i++) recent.push(now);
    return 0;
  }

  async release(window: string, slots = 1): Promise<void> {
    const recent = this.sent.get(window);
    for (let i = 0; i < slots; i++) recent?.pop();
  }
}
