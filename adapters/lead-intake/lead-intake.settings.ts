import type { RateLimitOptions } from "../../bot/rate-limiter.js";

/** Largest lead submission accepted (a form's fields and a 2,000-character note fit many times over); 413 beyond it. */
export const MAX_LEAD_BYTES = 16 * 1024;

function number(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * Submissions per lead source token: CRM_LEAD_RATE_LIMIT_PER_MINUTE (default 60; 0 turns the limit
 * off) and CRM_LEAD_RATE_LIMIT_BURST (default 60, taken at once before the per-minute rate applies).
 */
export function leadIntakeLimitFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions {
  return { perMinute: number(env.CRM_LEAD_RATE_LIMIT_PER_MINUTE, 60), burst: number(env.CRM_LEAD_RATE_LIMIT_BURST, 60) };
}

/**
 * Wrong tokens per client address: CRM_LEAD_WRONG_TOKEN_BURST (default 10) at once, then
 * CRM_LEAD_WRONG_TOKENS_PER_MINUTE (default 1); past that the address gets 429 before any look-up.
 */
export function leadWrongTokenLimitFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions {
  return { perMinute: number(env.CRM_LEAD_WRONG_TOKENS_PER_MINUTE, 1), burst: number(env.CRM_LEAD_WRONG_TOKEN_BURST, 10) };
}
