import { createHash, timingSafeEqual } from "node:crypto";
import type Koa from "koa";
import { FILES_ROUTE } from "./file-links.js";
import { hostnameOfHostHeader, isLoopbackAddress, isLoopbackHostname } from "./loopback.js";

export interface LocalApiGuardOptions {
  /** The bearer token every /api/local/* call must carry (files: a signed link instead). */
  token: string;
  /** Host names besides localhost that may reach the local API (a reverse proxy's name). */
  allowedHosts: readonly string[];
}

/**
 * Stands in front of /api/local/* before the body is parsed:
 * - the Host must name this machine when the connection came in on a loopback interface (a
 *   browser tricked by DNS rebinding sends the attacker's name), or be in allowedHosts;
 *   on other interfaces the Host is checked only when allowedHosts is set;
 * - a browser's Origin header, when present, must be a loopback origin or an allowed host;
 * - then the bearer token, except for file downloads, which carry a signed link (checked by the route).
 * Platform callbacks and /healthz are not under /api/local and pass untouched.
 */
export function localApiGuard(options: LocalApiGuardOptions): Koa.Middleware {
  const expected = digest(options.token);
  const allowed = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  const admits = (hostname: string | undefined) => hostname !== undefined && (isLoopbackHostname(hostname) || allowed.has(hostname));
  return async (ctx, next) => {
    const path = localApiPath(ctx.path);
    if (path === undefined) return next();

    const arrivedOnLoopback = isLoopbackAddress(ctx.req.socket.localAddress ?? "127.0.0.1");
    if ((arrivedOnLoopback || allowed.size > 0) && !admits(hostnameOfHostHeader(ctx.get("host")))) return refuse(ctx, 403, "forbidden host");
    const origin = ctx.get("origin");
    if (origin && !admits(hostnameOfOrigin(origin))) return refuse(ctx, 403, "forbidden origin");

    const signedDownload = path.startsWith(`${FILES_ROUTE}/`) && (ctx.method === "GET" || ctx.method === "HEAD");
    if (!signedDownload && !bearerMatches(ctx.get("authorization"), expected)) {
      ctx.set("WWW-Authenticate", 'Bearer realm="crm-local-api"');
      return refuse(ctx, 401, "unauthorized");
    }
    return next();
  };
}

/**
 * The path as the router may match it (case-insensitive, percent-decoded, repeated slashes
 * collapsed) when it lies under /api/local; undefined otherwise. Normalising here means no
 * spelling of a local route slips past the guard.
 */
function localApiPath(raw: string): string | undefined {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Undecodable: judged as written.
  }
  const path = decoded.toLowerCase().replace(/\/{2,}/g, "/");
  return path === "/api/local" || path.startsWith("/api/local/") ? path : undefined;
}

function hostnameOfOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  } catch {
    return undefined; // "null" (sandboxed pages, file://) and garbage
  }
}

function bearerMatches(header: string, expected: Buffer): boolean {
  const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
  // Digests have equal length whatever was sent, so the comparison leaks neither length nor prefix.
  return token !== undefined && timingSafeEqual(digest(token), expected);
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

function refuse(ctx: Koa.Context, status: number, error: string): void {
  ctx.status = status;
  ctx.body = { error };
}
