import { DeliveryError } from "../../bot/delivery/channel-sender.js";

/** Robot webhook errcodes (sessionWebhook and custom robots answer 200 with an errcode). */
const WEBHOOK_RATE_LIMITED = new Set([130101, 660026]);
const WEBHOOK_AUTH = new Set([310000, 300001, 40035]);

export interface VendorFailure {
  status: number;
  /** OpenAPI `code` (e.g. "Forbidden.AccessDenied.QpsLimitForApi") or webhook errcode. */
  code?: string | number;
  message?: string;
  retryAfterMs?: number;
}

/** Maps a DingTalk failure to the closed DeliveryError set the outbox decides retries from. */
export function mapDingTalkError(failure: VendorFailure): DeliveryError {
  const code = failure.code === undefined ? "" : String(failure.code);
  const text = `${failure.status} ${code} ${failure.message ?? ""}`.trim();
  const lower = code.toLowerCase();
  if (failure.status === 429 || lower.includes("qpslimit") || lower.includes("throttl") || WEBHOOK_RATE_LIMITED.has(Number(code))) {
    return new DeliveryError("RATE_LIMITED", text, failure.retryAfterMs ?? 60_000);
  }
  // A missing permission also names the access token ("AccessTokenPermissionDenied"): that is not an expiry.
  const permission = lower.includes("permissiondenied");
  if (!permission && (lower.includes("invalidauthentication") || lower.includes("tokenexpired") || failure.status === 401)) {
    return new DeliveryError("TOKEN_EXPIRED", text);
  }
  if (failure.status >= 500) return new DeliveryError("TEMPORARY", text);
  if (WEBHOOK_AUTH.has(Number(code)) || failure.status === 403 || lower.startsWith("forbidden")) return new DeliveryError("AUTH_INVALID", text);
  if (failure.status === 404 || lower.includes("notfound") || lower.includes("not.exist")) return new DeliveryError("TARGET_NOT_FOUND", text);
  if (failure.status >= 400 || lower.includes("invalid") || lower.includes("param") || code !== "") return new DeliveryError("PAYLOAD_REJECTED", text);
  return new DeliveryError("TEMPORARY", text);
}

/** Retry-After in seconds (or an HTTP date) as milliseconds. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
