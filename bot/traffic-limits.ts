import type { RateLimitOptions } from "./rate-limiter.js";

/**
 * Limits above the per-user one (CRM_RATE_LIMIT_*): what one platform+tenant and the whole
 * instance may send, how fast people never seen before are provisioned, and how many events are
 * worked on at once. A refused event is answered "not saved, try again in N s" (429 on HTTP).
 */
export interface TrafficLimits {
  /** Events per platform+tenant (one Slack workspace, one WeCom corp, the local channel). */
  perSource: RateLimitOptions;
  /** Events across every source. */
  global: RateLimitOptions;
  /** New ChannelIdentity + User rows per platform+tenant. */
  newUsersPerSource: RateLimitOptions;
  /** New ChannelIdentity + User rows across every source. */
  newUsersGlobal: RateLimitOptions;
  /** Events processed at once; the rest wait their turn without holding the event loop. */
  maxConcurrent: number;
}

export const OFF: RateLimitOptions = { perMinute: 0, burst: 0 };

/** Unit tests build a Bot without limits; the app reads them from the environment. */
export const NO_TRAFFIC_LIMITS: TrafficLimits = { perSource: OFF, global: OFF, newUsersPerSource: OFF, newUsersGlobal: OFF, maxConcurrent: 4 };

function number(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
}

function bucket(env: NodeJS.ProcessEnv, prefix: string, perMinute: number, burst: number): RateLimitOptions {
  return { perMinute: number(env[`${prefix}_PER_MINUTE`], perMinute), burst: number(env[`${prefix}_BURST`], burst) };
}

/** Defaults fit a sales team of a few hundred people on one instance; 0 per minute turns a limit off. */
export function trafficLimitsFromEnv(env: NodeJS.ProcessEnv): TrafficLimits {
  return {
    perSource: bucket(env, "CRM_SOURCE_RATE_LIMIT", 1200, 300),
    global: bucket(env, "CRM_GLOBAL_RATE_LIMIT", 3000, 600),
    newUsersPerSource: bucket(env, "CRM_NEW_USER_LIMIT", 30, 20),
    newUsersGlobal: bucket(env, "CRM_NEW_USER_GLOBAL_LIMIT", 60, 50),
    maxConcurrent: Math.max(1, Math.floor(number(env.CRM_MAX_CONCURRENT_EVENTS, 4))),
  };
}

/** Requests per remote address on HTTP paths that carry no platform identity (the local API). */
export function addressLimitFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions {
  return bucket(env, "CRM_ADDRESS_RATE_LIMIT", 600, 200);
}
