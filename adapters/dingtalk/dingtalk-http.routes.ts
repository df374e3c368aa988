import type Router from "@koa/router";
import type { Context } from "koa";
import type { Inbox } from "../../bot/delivery/inbox.js";
import type { Clock } from "../../domain/shared/clock.js";
import { verifyCallbackSignature } from "./dingtalk-sign.js";
import { cardCallbackSchema, robotMessageSchema } from "./robot-message.schema.js";
import { type Normalized, cardCallbackToEvent, robotMessageToEvent } from "./to-inbound-event.js";

export interface DingTalkRouteDeps {
  inbox: Inbox;
  clock: Clock;
  appSecret: string;
  robotCode: string;
  logger: { warn(message: string, detail?: unknown): void };
}

/**
 * The HTTP transport: `POST /dingtalk/callback` (robot messages) and `POST /dingtalk/card-callback`
 * (interactive card button presses). Both check the `timestamp`/`sign` headers before reading the
 * body, record the event in the durable inbox, and only then answer 200; DingTalk retries otherwise.
 */
export function dingTalkHttpRoutes(deps: DingTalkRouteDeps) {
  return (router: Router) => {
    router.post("/dingtalk/callback", async (ctx) => {
      if (!verified(ctx, deps)) return;
      const message = robotMessageSchema.safeParse(ctx.request.body);
      if (!message.success) return badRequest(ctx, deps, message.error.issues);
      await accept(ctx, deps, robotMessageToEvent(message.data));
    });
    router.post("/dingtalk/card-callback", async (ctx) => {
      if (!verified(ctx, deps)) return;
      const callback = cardCallbackSchema.safeParse(ctx.request.body);
      if (!callback.success) return badRequest(ctx, deps, callback.error.issues);
      await accept(ctx, deps, cardCallbackToEvent(callback.data, deps.robotCode));
    });
  };
}

function verified(ctx: Context, deps: DingTalkRouteDeps): boolean {
  const check = verifyCallbackSignature(
    { timestamp: ctx.get("timestamp") || undefined, sign: ctx.get("sign") || undefined },
    deps.appSecret,
    deps.clock.now(),
  );
  if (check === "ok") return true;
  ctx.status = 401;
  ctx.body = { error: check === "stale" ? "timestamp out of range" : "invalid signature" };
  return false;
}

async function accept(ctx: Context, deps: DingTalkRouteDeps, normalized: Normalized | undefined): Promise<void> {
  // Messages the bot cannot read (pictures, files, foreign buttons) are acknowledged so DingTalk stops retrying.
  if (normalized) await deps.inbox.receive(normalized.event, normalized.target);
  ctx.status = 200;
  ctx.body = {};
}

function badRequest(ctx: Context, deps: DingTalkRouteDeps, issues: readonly { path: PropertyKey[]; message: string }[]): void {
  deps.logger.warn("dingtalk: unreadable callback", issues.slice(0, 5));
  ctx.status = 400;
  ctx.body = { error: "invalid payload", issues: issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) };
}
