import { DeliveryError, type DeliveryErrorCode } from "../../bot/delivery/channel-sender.js";

// Slack Web API "error" strings (docs.slack.dev/reference/methods/chat.postMessage#errors) by what the outbox should do.
const PLATFORM_ERRORS: Record<string, DeliveryErrorCode> = {
  invalid_auth: "AUTH_INVALID",
  not_authed: "AUTH_INVALID",
  account_inactive: "AUTH_INVALID",
  token_revoked: "AUTH_INVALID",
  no_permission: "AUTH_INVALID",
  missing_scope: "AUTH_INVALID",
  token_expired: "TOKEN_EXPIRED",
  channel_not_found: "TARGET_NOT_FOUND",
  not_in_channel: "TARGET_NOT_FOUND",
  is_archived: "TARGET_NOT_FOUND",
  user_not_found: "TARGET_NOT_FOUND",
  user_not_in_channel: "TARGET_NOT_FOUND",
  message_not_found: "TARGET_NOT_FOUND",
  cant_update_message: "TARGET_NOT_FOUND",
  expired_trigger_id: "TARGET_NOT_FOUND",
  invalid_blocks: "PAYLOAD_REJECTED",
  invalid_blocks_format: "PAYLOAD_REJECTED",
  invalid_arguments: "PAYLOAD_REJECTED",
  msg_too_long: "PAYLOAD_REJECTED",
  no_text: "PAYLOAD_REJECTED",
  ratelimited: "RATE_LIMITED",
  internal_error: "TEMPORARY",
  fatal_error: "TEMPORARY",
  service_unavailable: "TEMPORARY",
  request_timeout: "TEMPORARY",
};

interface WebApiErrorShape {
  code?: unknown;
  retryAfter?: unknown;
  statusCode?: unknown;
  headers?: Record<string, string>;
  data?: { error?: unknown };
  message?: string;
}

/** Maps a @slack/web-api error (or a response_url failure) to the closed set the outbox understands. */
export function mapSlackError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as WebApiErrorShape;
  const message = e.message ?? String(error);
  switch (e.code) {
    case "slack_webapi_rate_limited_error":
      return new DeliveryError("RATE_LIMITED", message, typeof e.retryAfter === "number" ? e.retryAfter * 1000 : undefined);
    case "slack_webapi_platform_error": {
      const code = typeof e.data?.error === "string" ? e.data.error : "unknown";
      // An error Slack may add later is not retried blindly: it most likely concerns this payload.
      return new DeliveryError(PLATFORM_ERRORS[code] ?? "PAYLOAD_REJECTED", `slack: ${code}`);
    }
    case "slack_webapi_http_error":
      return fromStatus(typeof e.statusCode === "number" ? e.statusCode : 0, e.headers?.["retry-after"], message);
    case "slack_webapi_request_error":
      return new DeliveryError("TEMPORARY", message);
    default:
      return new DeliveryError("TEMPORARY", message);
  }
}

/** HTTP status of a Web API call or a response_url POST. */
export function fromStatus(status: number, retryAfter: string | null | undefined, message: string): DeliveryError {
  if (status === 429) {
    const seconds = Number(retryAfter);
    return new DeliveryError("RATE_LIMITED", message, Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined);
  }
  if (status >= 500 || status === 0) return new DeliveryError("TEMPORARY", message);
  if (status === 401 || status === 403) return new DeliveryError("AUTH_INVALID", message);
  // An expired or used-up response_url answers 404.
  if (status === 404 || status === 410) return new DeliveryError("TARGET_NOT_FOUND", message);
  return new DeliveryError("PAYLOAD_REJECTED", message);
}
