import http from "node:http";
import { bodyParser } from "@koa/bodyparser";
import Router from "@koa/router";
import Koa from "koa";

/** Largest request body any route accepts; bigger bodies get 413 before parsing. */
export const MAX_BODY = "1mb";

export type RouteInstaller = (router: Router) => void;

/**
 * The koa app every HTTP channel mounts on (local API, Slack, WeCom, DingTalk callbacks).
 * `guards` run before the body is parsed (a refused request costs no parsing).
 */
export function createHttpApp(installers: RouteInstaller[], guards: Koa.Middleware[] = []): Koa {
  const app = new Koa();
  const router = new Router();
  router.get("/healthz", (ctx) => {
    ctx.body = { ok: true };
  });
  for (const install of installers) install(router);
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
  for (const guard of guards) app.use(guard);
  app.use(bodyParser({ enableTypes: ["json"], jsonLimit: MAX_BODY, encoding: "utf-8" }));
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}

export function listen(app: Koa, port: number, host = "127.0.0.1"): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app.callback());
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
