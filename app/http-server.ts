import http from "node:http";
import { bodyParser } from "@koa/bodyparser";
import Router from "@koa/router";
import Koa from "koa";
import type { RouteInstaller } from "../adapters/channel-adapter.js";
import { RateLimiter, type RateLimitOptions } from "../bot/rate-limiter.js";
import type { Clock } from "../domain/shared/clock.js";

/** Largest request body any route accepts; bigger bodies get 413 before parsing. */
export const MAX_BODY = "1mb";

export interface HttpAppOptions {
  /**
   * Requests per remote address on paths that carry no platform identity, checked before the body
   * is read. The socket's address unless `trustProxy`: X-Forwarded-For is anyone's to set.
   */
  addressLimit?: { limit: RateLimitOptions; clock: Clock; paths: string[] };
  /** Run before the body is parsed (a refused request costs no parsing), e.g. the local API's token check. */
  guards?: Koa.Middleware[];
  /**
   * Behind a reverse proxy that sets X-Forwarded-For (CRM_TRUST_PROXY=1): a request's address is the
   * client's from that header, else every request would share the proxy's for the per-address limits.
   */
  trustProxy?: boolean;
}

/** The koa app every HTTP channel mounts on (local API, Slack, WeCom, DingTalk callbacks). */
export function createHttpApp(installers: RouteInstaller[], options: HttpAppOptions = {}): Koa {
  // One proxy in front: the last address it appended is the client's; earlier ones are the client's to invent.
  const app = new Koa({ proxy: options.trustProxy === true, maxIpsCount: 1 });
  const router = new Router();
  for (const install of installers) install(router);
  // First of all: no body parsing, limit or route lookup stands between a probe and its answer.
  app.use(async (ctx, next) => {
    if (ctx.path !== "/healthz" || (ctx.method !== "GET" && ctx.method !== "HEAD")) return next();
    ctx.body = { ok: true };
  });
  if (options.addressLimit) app.use(limitByAddress(options.addressLimit));
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const status = typeof error === "object" && error !== null && "status" in error ? Number((error as { status: unknown }).status) : 500;
      ctx.status = Number.isInteger(status) && status >= 400 && status < 600 ? status : 500;
      ctx.body = { error: ctx.status >= 500 ? "internal error" : error instanceof Error ? error.message : "bad request" };
      if (ctx.status >= 500) console.error("http: unexpected error", error);
    }
  });
  for (const guard of options.guards ?? []) app.use(guard);
  app.use(bodyParser({ enableTypes: ["json"], jsonLimit: MAX_BODY, encoding: "utf-8" }));
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}

function limitByAddress({ limit, clock, paths }: NonNullable<HttpAppOptions["addressLimit"]>): Koa.Middleware {
  const limiter = new RateLimiter(limit, clock);
  return async (ctx, next) => {
    // Lower-cased: the local API guard also refuses other spellings of its paths, and they must be counted too.
    const path = ctx.path.toLowerCase();
    if (!paths.some((prefix) => path.startsWith(prefix))) return next();
    const allowed = limiter.take(ctx.req.socket.remoteAddress ?? "unknown");
    if (allowed.ok) return next();
    ctx.status = 429;
    const seconds = Math.max(1, Math.ceil(allowed.retryAfterMs / 1000));
    ctx.set("Retry-After", String(seconds));
    ctx.body = { error: "rate limited", message: `Too many requests from this address; this request was not saved. Try again in ${seconds} s.` };
  };
}

export function listen(app: Koa, port: number, host = "127.0.0.1"): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app.callback());
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
