import type { Clock } from "../../domain/shared/clock.js";

/**
 * A sliding window per group robot: WeCom accepts at most 20 messages a minute from one webhook
 * and drops the rest. take() either records a send or says how long to wait; the caller turns a
 * wait into DeliveryError RATE_LIMITED so the outbox keeps the message and retries it then.
 */
export class RobotRateLimiter {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit = 20,
    private readonly windowMs = 60_000,
  ) {}

  /** Returns 0 and counts the send when allowed now, else the milliseconds until a slot frees. */
  take(robot: string): number {
    const now = this.clock.now().getTime();
    const recent = (this.sent.get(robot) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.sent.set(robot, recent);
      return (recent[0] ?? now) + this.windowMs - now;
    }
    recent.push(now);
    this.sent.set(robot, recent);
    return 0;
  }

  /** Gives a slot back when the send did not reach WeCom (it does not count against the limit). */
  release(robot: string): void {
    const recent = this.sent.get(robot);
    recent?.pop();
  }
}
