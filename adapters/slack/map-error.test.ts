import { describe, expect, it } from "vitest";
import { mapSlackError } from "./map-error.js";

const platform = (error: string) => ({ code: "slack_webapi_platform_error", data: { ok: false, error } });

describe("mapSlackError", () => {
  it("maps Slack errors to the outbox's closed set", () => {
    const rate = mapSlackError({ code: "slack_webapi_rate_limited_error", retryAfter: 7 });
    expect([rate.code, rate.retryAfterMs, rate.retryable]).toEqual(["RATE_LIMITED", 7000, true]);
    expect(mapSlackError(platform("invalid_auth")).code).toBe("AUTH_INVALID");
    expect(mapSlackError(platform("channel_not_found")).code).toBe("TARGET_NOT_FOUND");
    expect(mapSlackError(platform("invalid_blocks")).code).toBe("PAYLOAD_REJECTED");
    expect(mapSlackError(platform("something_new")).retryable).toBe(false);
    expect(mapSlackError({ code: "slack_webapi_http_error", statusCode: 503 }).code).toBe("TEMPORARY");
    expect(mapSlackError({ code: "slack_webapi_http_error", statusCode: 429, headers: { "retry-after": "3" } }).retryAfterMs).toBe(3000);
    expect(mapSlackError({ code: "slack_webapi_request_error" }).code).toBe("TEMPORARY");
    expect(mapSlackError(new Error("boom")).retryable).toBe(true);
  });
});
