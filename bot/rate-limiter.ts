import type { Clock } from "../domain/shared/clock.js";

export interface RateLimitOptions {
  /** Messages a person may send in a burst. */
  burst: number;
  /** Sustained messages per minute (tokens added back). 0 disables the limit. */
  perMinute: number;
}

/**
 * A token bucket per platform user. Checked where a request can still be refused (before the
 * event is recorded), so a refused message is answered kindly and may be sent again later; an
 * event the durable inbox has accepted is never dropped by it.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.options.perMinute > 0 && this.options.burst > 0;
  }

  /** Takes one token for this user; when none is left, says how long until the next one. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    if (!this.enabled) return { ok: true };
    const now = this.clock.now().getTime();
    const perMs = this.options.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now, perMs);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / perMs) };
  }

  /** Whether take() would refuse this key now, without taking a token (a door that counts only failures). */
  exhausted(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const bucket = this.buckets.get(key);
    if (!this.enabled || !bucket) return { ok: true };
    const perMs = this.options.perMinute / 60_000;
    const tokens = Math.min(this.options.burst, bucket.tokens + Math.max(0, this.clock.now().getTime() - bucket.at) * perMs);
    return tokens >= 1 ? { ok: true } : { ok: false, retryAfterMs: Math.ceil((1 - tokens) / perMs) };
  }

  /** Gives back a token taken by take() when a later, narrower check refused the same event. */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.options.burst, bucket.tokens + 1);
  }

  /** Buckets that have refilled completely carry no information; dropping them bounds memory. */
  private forgetFull(now: number, perMs: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * perMs >= this.options.burst) this.buckets.delete(key);
    }
  }
}

/** CRM_RATE_LIMIT_PER_MINUTE (default 60, 0 = off) and CRM_RATE_LIMIT_BURST (default 20). */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions {
  const number = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return { perMinute: number(env.CRM_RATE_LIMIT_PER_MINUTE, 60), burst: number(env.CRM_RATE_LIMIT_BURST, 20) };
}
