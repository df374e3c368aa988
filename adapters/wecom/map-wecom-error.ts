import { DeliveryError } from "../../bot/delivery/channel-sender.js";

/** Errcodes meaning the access_token is bad or old: fetch a new one and try once more. */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

// developer.work.weixin.qq.com/document/path/90313 (全局错误码).
const RATE_LIMITED: ReadonlyMap<number, number> = new Map([
  [45009, 60_000], // API call frequency over the limit
  [45033, 5_000], // too many concurrent calls
  [45047, 60_000], // robot/app message quota
]);
// Unknown user (60111, 60103), every receiver invalid (81013), unknown app chat (86003), dead robot webhook (93000).
const TARGET_NOT_FOUND = new Set([60111, 60103, 81013, 86003, 93000]);
// Wrong corp id or agent, API not allowed for the app, no privilege, caller IP not trusted.
const AUTH_INVALID = new Set([40013, 40056, 48002, 60011, 60020, 301002]);

/** Maps a WeCom errcode to the closed set of delivery errors the outbox understands. */
export function mapWecomErrcode(errcode: number, errmsg: string, api: string): DeliveryError {
  const message = `${api}: errcode ${errcode} ${errmsg}`.slice(0, 500);
  const wait = RATE_LIMITED.get(errcode);
  if (wait !== undefined) return new DeliveryError("RATE_LIMITED", message, wait);
  if (errcode === -1) return new DeliveryError("TEMPORARY", message); // 系统繁忙
  if (TOKEN_ERRCODES.has(errcode)) return new DeliveryError("TOKEN_EXPIRED", message);
  if (TARGET_NOT_FOUND.has(errcode)) return new DeliveryError("TARGET_NOT_FOUND", message);
  if (AUTH_INVALID.has(errcode)) return new DeliveryError("AUTH_INVALID", message);
  // Parameter errors (40058, 44004, 45002…) and anything undocumented: retrying would not help.
  return new DeliveryError("PAYLOAD_REJECTED", message);
}

/** Maps an HTTP failure (no WeCom JSON answer) to a delivery error. */
export function mapHttpStatus(status: number, api: string, retryAfter: string | null): DeliveryError {
  if (status === 429) {
    const seconds = Number(retryAfter);
    return new DeliveryError("RATE_LIMITED", `${api}: HTTP 429`, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000);
  }
  if (status >= 500) return new DeliveryError("TEMPORARY", `${api}: HTTP ${status}`);
  return new DeliveryError("PAYLOAD_REJECTED", `${api}: HTTP ${status}`);
}
