import type { Clock } from "../domain/shared/clock.js";
import { RateLimiter } from "./rate-limiter.js";
import type { TrafficLimits } from "./traffic-limits.js";
import type { InboundEvent } from "./types.js";

/** Which limit refused an event; the reply and the log say it. */
export type RefusalReason = "user" | "source" | "global" | "new-user";

export interface Refusal {
  reason: RefusalReason;
  retryAfterMs: number;
}

interface Check {
  limiter: RateLimiter;
  key: string;
  reason: RefusalReason;
}

/**
 * Decides whether an event may be worked on: the whole instance, its platform+tenant and its
 * sender each have an allowance, and a sender never seen before also takes one from the
 * provisioning allowance (new ChannelIdentity + User rows). All are token buckets; a refused
 * event takes nothing from the allowances it did pass.
 */
export class Admission {
  private readonly global: RateLimiter;
  private readonly source: RateLimiter;
  private readonly newUsersGlobal: RateLimiter;
  private readonly newUsersSource: RateLimiter;

  constructor(
    readonly perUser: RateLimiter,
    limits: TrafficLimits,
    clock: Clock,
    /** Whether the sender already has a ChannelIdentity (asked only when a new-user limit is on). */
    private readonly isKnownSender: (event: InboundEvent) => Promise<boolean>,
  ) {
    this.global = new RateLimiter(limits.global, clock);
    this.source = new RateLimiter(limits.perSource, clock);
    this.newUsersGlobal = new RateLimiter(limits.newUsersGlobal, clock);
    this.newUsersSource = new RateLimiter(limits.newUsersPerSource, clock);
  }

  async check(event: InboundEvent): Promise<Refusal | null> {
    const source = `${event.channel}\u0000${event.user.tenantId ?? ""}`;
    const checks: Check[] = [
      { limiter: this.global, key: "*", reason: "global" },
      { limiter: this.source, key: source, reason: "source" },
      { limiter: this.perUser, key: `${source}\u0000${event.user.platformUserId}`, reason: "user" },
    ];
    if ((this.newUsersGlobal.enabled || this.newUsersSource.enabled) && !(await this.isKnownSender(event))) {
      checks.push({ limiter: this.newUsersGlobal, key: "*", reason: "new-user" }, { limiter: this.newUsersSource, key: source, reason: "new-user" });
    }
    const taken: Check[] = [];
    for (const check of checks) {
      const allowed = check.limiter.take(check.key);
      if (!allowed.ok) {
        for (const done of taken) done.limiter.refund(done.key);
        return { reason: check.reason, retryAfterMs: allowed.retryAfterMs };
      }
      if (check.limiter.enabled) taken.push(check);
    }
    return null;
  }
}
