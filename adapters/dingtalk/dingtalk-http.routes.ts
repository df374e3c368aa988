import { createHash } from "node:crypto";
import type Router from "@koa/router";
import type { Context } from "koa";
import type { CallbackSignatureLedger } from "../../domain/delivery/callback-signature-ledger.js";
import type { Inbox } from "../../bot/inbox.js";
import type { Clock } from "../../domain/shared/clock.js";
import { MAX_CALLBACK_AGE_MS, verifyCallbackSignature } from "./dingtalk-sign.js";
import { type CardCallback, cardCallbackSchema, robotMessageSchema } from "./robot-message.schema.js";
import { type DingTalkFiles, receiveRobotMessage } from "./dingtalk-file-message.js";
import { type Normalized, PLATFORM, cardCallbackToEvent } from "./to-inbound-event.js";

export interface DingTalkRouteDeps {
  inbox: Inbox;
  clock: Clock;
  appSecret: string;
  robotCode: string;
  /** The organization's CorpId: every callback must come from it. */
  corpId: string;
  /** Single use of (timestamp, sign) pairs, shared by all instances. */
  ledger: CallbackSignatureLedger;
  logger: { warn(message: string, detail?: unknown): void };
  /** Files people send the robot are fetched into the files store; without it they are dropped. */
  files?: DingTalkFiles;
}

type Headers = { timestamp: string; sign: string };

/**
 * The HTTP transport: `POST /dingtalk/callback` (robot messages) and `POST /dingtalk/card-callback`
 * (interactive card button presses). DingTalk's `sign` covers only the `timestamp`, not the body, so
 * a valid pair proves little on its own; a callback is accepted only when
 * 1. the timestamp is within DingTalk's documented hour (and not ahead of us) and the sign matches (else 401);
 * 2. its body names our corp (senderCorpId / chatbotCorpId, or the card's corpId) (else 403);
 * 3. the (timestamp, sign) pair was not used before by another delivery, on any instance (else 401).
 * Only then is it recorded in the durable inbox and answered 200; refusals record nothing.
 */
export function dingTalkHttpRoutes(deps: DingTalkRouteDeps) {
  return (router: Router) => {
    router.post("/dingtalk/callback", async (ctx) => {
      const headers = verified(ctx, deps);
      if (!headers) return;
      const message = robotMessageSchema.safeParse(ctx.request.body);
      if (!message.success) return badRequest(ctx, deps, message.error.issues);
      if (!fromOurCorp(ctx, deps, [message.data.chatbotCorpId, message.data.senderCorpId])) return;
      if (!(await firstUse(ctx, deps, headers, `msg:${message.data.msgId}`))) return;
      // A file is fetched before its event is recorded, so the event names a stored file.
      await receiveRobotMessage(deps.inbox, message.data, deps.files);
      ctx.status = 200;
      ctx.body = {};
    });
    router.post("/dingtalk/card-callback", async (ctx) => {
      const headers = verified(ctx, deps);
      if (!headers) return;
      const callback = cardCallbackSchema.safeParse(ctx.request.body);
      if (!callback.success) return badRequest(ctx, deps, callback.error.issues);
      if (!fromOurCorp(ctx, deps, [callback.data.corpId])) return;
      if (!(await firstUse(ctx, deps, headers, cardPressId(callback.data)))) return;
      await accept(ctx, deps, cardCallbackToEvent(callback.data, deps.robotCode));
    });
  };
}

function verified(ctx: Context, deps: DingTalkRouteDeps): Headers | undefined {
  const headers = { timestamp: ctx.get("timestamp"), sign: ctx.get("sign") };
  const check = verifyCallbackSignature({ timestamp: headers.timestamp || undefined, sign: headers.sign || undefined }, deps.appSecret, deps.clock.now());
  if (check === "ok") return headers;
  deps.logger.warn(`dingtalk: callback refused (${check})`);
  ctx.status = 401;
  ctx.body = { error: check === "stale" ? "timestamp out of range" : "invalid signature" };
  return undefined;
}

/** At least one corp id must be present, and every one present must be ours. */
function fromOurCorp(ctx: Context, deps: DingTalkRouteDeps, given: (string | undefined)[]): boolean {
  const corps = given.filter((c) => c !== undefined);
  if (corps.length > 0 && corps.every((c) => c === deps.corpId)) return true;
  // The corp id is not secret, but a sign reused with a body naming a foreign corp is an attack.
  deps.logger.warn("dingtalk: callback refused (not from the configured corp)");
  ctx.status = 403;
  ctx.body = { error: "not from this organization" };
  return false;
}

async function firstUse(ctx: Context, deps: DingTalkRouteDeps, headers: Headers, eventId: string): Promise<boolean> {
  const validUntil = new Date(Number(headers.timestamp) + MAX_CALLBACK_AGE_MS);
  const use = await deps.ledger.use(PLATFORM, [headers.timestamp, headers.sign], eventId, validUntil);
  if (use !== "reused") return true;
  deps.logger.warn("dingtalk: callback refused (timestamp and sign already used by another delivery)");
  ctx.status = 401;
  ctx.body = { error: "signature already used" };
  return false;
}

/** What identifies one button press: a redelivery of it carries the same. */
function cardPressId(callback: CardCallback): string {
  const content = createHash("sha256").update(callback.content).digest("hex").slice(0, 32);
  return `card:${callback.outTrackId}:${callback.userId}:${content}`.slice(0, 1000);
}

async function accept(ctx: Context, deps: DingTalkRouteDeps, normalized: Normalized | undefined): Promise<void> {
  // Presses of foreign buttons are acknowledged so DingTalk stops retrying.
  if (normalized) await deps.inbox.receive(normalized.event, normalized.target);
  ctx.status = 200;
  ctx.body = {};
}

function badRequest(ctx: Context, deps: DingTalkRouteDeps, issues: readonly { path: PropertyKey[]; message: string }[]): void {
  deps.logger.warn("dingtalk: unreadable callback", issues.slice(0, 5));
  ctx.status = 400;
  ctx.body = { error: "invalid payload", issues: issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) };
}
