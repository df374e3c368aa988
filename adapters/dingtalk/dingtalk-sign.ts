import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * How old a signed callback may be and how far ahead of our clock. DingTalk documents the first:
 * a timestamp more than one hour from the current time is an illegal request (机器人接收消息:
 * "timestamp 与系统当前时间戳如果相差1小时以上，则认为是非法的请求"). DingTalk stamps a callback when
 * it sends it, so a stamp ahead of us can only be clock skew: two minutes is allowed, not an hour.
 */
export const MAX_CALLBACK_AGE_MS = 60 * 60 * 1000;
export const MAX_CLOCK_SKEW_MS = 2 * 60 * 1000;

/**
 * DingTalk's signature for robot callbacks and 加签 robot webhooks:
 * base64(HMAC-SHA256(key = secret, data = timestamp + "\n" + secret)).
 */
export function dingTalkSign(timestamp: string, secret: string): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${secret}`, "utf8").digest("base64");
}

export type SignatureCheck = "ok" | "missing" | "stale" | "bad-sign";

/** Checks the `timestamp` (ms) and `sign` headers of a callback against the app secret and the clock. */
export function verifyCallbackSignature(headers: { timestamp?: string | string[]; sign?: string | string[] }, appSecret: string, now: Date): SignatureCheck {
  const timestamp = single(headers.timestamp);
  const sign = single(headers.sign);
  if (!timestamp || !sign || !/^\d{1,16}$/.test(timestamp)) return "missing";
  const age = now.getTime() - Number(timestamp);
  if (age > MAX_CALLBACK_AGE_MS || age < -MAX_CLOCK_SKEW_MS) return "stale";
  const expected = Buffer.from(dingTalkSign(timestamp, appSecret), "utf8");
  const given = Buffer.from(sign, "utf8");
  return expected.length === given.length && timingSafeEqual(expected, given) ? "ok" : "bad-sign";
}

/** The custom robot webhook URL with `&timestamp=&sign=` appended (sign URL-encoded). */
export function signedWebhookUrl(webhook: string, secret: string | undefined, now: Date): string {
  if (!secret) return webhook;
  const timestamp = String(now.getTime());
  const url = new URL(webhook);
  url.searchParams.set("timestamp", timestamp);
  url.searchParams.set("sign", dingTalkSign(timestamp, secret));
  return url.toString();
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
