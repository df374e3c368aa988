import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dingTalkSign, signedWebhookUrl, verifyCallbackSignature } from "./dingtalk-sign.js";

const SECRET = "app-secret-1";
const NOW = new Date("2026-11-25T02:00:00Z");
const ts = (offsetMs = 0) => String(NOW.getTime() + offsetMs);
// The documented algorithm, written out independently of the code under test.
const reference = (timestamp: string, secret: string) => createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");

describe("DingTalk signing", () => {
  it("signs timestamp + newline + secret with HMAC-SHA256, base64", () => {
    expect(dingTalkSign(ts(), SECRET)).toBe(reference(ts(), SECRET));
    // A fixed vector, so a change of the algorithm (encoding, separator) cannot go unnoticed.
    expect(dingTalkSign("1700000000000", "SEC123")).toBe("lkcPI1uoxBY1gUnCnnPH1Kkru0Hqjo7rFpA3haIVhEQ=");
  });

  it("accepts a fresh correct sign and refuses wrong, missing, old and future ones", () => {
    const ok = { timestamp: ts(), sign: reference(ts(), SECRET) };
    expect(verifyCallbackSignature(ok, SECRET, NOW)).toBe("ok");
    expect(verifyCallbackSignature({ ...ok, sign: reference(ts(), "other") }, SECRET, NOW)).toBe("bad-sign");
    expect(verifyCallbackSignature({ timestamp: ts() }, SECRET, NOW)).toBe("missing");
    expect(verifyCallbackSignature({ timestamp: "abc", sign: "x" }, SECRET, NOW)).toBe("missing");
    const old = ts(-60 * 60_000 - 1);
    expect(verifyCallbackSignature({ timestamp: old, sign: reference(old, SECRET) }, SECRET, NOW)).toBe("stale");
    const future = ts(10 * 60_000);
    expect(verifyCallbackSignature({ timestamp: future, sign: reference(future, SECRET) }, SECRET, NOW)).toBe("stale");
    // DingTalk stamps when it sends: more than two minutes ahead of us is not clock skew.
    const ahead = ts(3 * 60_000);
    expect(verifyCallbackSignature({ timestamp: ahead, sign: reference(ahead, SECRET) }, SECRET, NOW)).toBe("stale");
    const skewed = ts(60_000);
    expect(verifyCallbackSignature({ timestamp: skewed, sign: reference(skewed, SECRET) }, SECRET, NOW)).toBe("ok");
  });

  it("appends timestamp and the URL-encoded sign to a custom robot webhook", () => {
    const url = new URL(signedWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", "SECx", NOW));
    expect(url.searchParams.get("access_token")).toBe("abc");
    expect(url.searchParams.get("timestamp")).toBe(ts());
    expect(url.searchParams.get("sign")).toBe(reference(ts(), "SECx"));
    // base64's + / = never appear raw in the query string.
    expect(url.search.split("sign=")[1]).not.toMatch(/[+/=]/);
    expect(signedWebhookUrl("https://x.test/robot/send?access_token=a", undefined, NOW)).toBe("https://x.test/robot/send?access_token=a");
  });
});
