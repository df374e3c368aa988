import { describe, expect, it } from "vitest";
import { mapDingTalkError, retryAfterMs } from "./map-error.js";

describe("mapDingTalkError", () => {
  it.each([
    [{ status: 429 }, "RATE_LIMITED"],
    [{ status: 403, code: "Forbidden.AccessDenied.QpsLimitForApi" }, "RATE_LIMITED"],
    [{ status: 400, code: 130101, message: "send too fast" }, "RATE_LIMITED"],
    [{ status: 401, code: "InvalidAuthentication" }, "TOKEN_EXPIRED"],
    [{ status: 400, code: "InvalidAuthentication", message: "不合法的access_token" }, "TOKEN_EXPIRED"],
    [{ status: 502 }, "TEMPORARY"],
    [{ status: 400, code: "invalidParameter.robotCode" }, "PAYLOAD_REJECTED"],
    [{ status: 400, code: 310000, message: "sign not match" }, "AUTH_INVALID"],
    [{ status: 403, code: "Forbidden.AccessDenied.AccessTokenPermissionDenied" }, "AUTH_INVALID"],
    [{ status: 404 }, "TARGET_NOT_FOUND"],
  ] as const)("%j → %s", (failure, code) => {
    expect(mapDingTalkError(failure).code).toBe(code);
  });

  it("keeps DingTalk's Retry-After on a rate limit, else waits a minute", () => {
    expect(mapDingTalkError({ status: 429, retryAfterMs: 5000 }).retryAfterMs).toBe(5000);
    expect(mapDingTalkError({ status: 429 }).retryAfterMs).toBe(60_000);
    expect(retryAfterMs("7", new Date(0))).toBe(7000);
    expect(retryAfterMs(null, new Date(0))).toBeUndefined();
  });
});
