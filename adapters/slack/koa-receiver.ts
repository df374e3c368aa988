import type Router from "@koa/router";
import { type App, type Receiver, type ReceiverEvent, verifySlackRequest } from "@slack/bolt";
import type { Context } from "koa";
import { readRawBody } from "../read-raw-body.js";
import { parseSlackBody } from "./parse-slack-body.js";

export interface KoaReceiverOptions {
  signingSecret: string;
  path?: string;
  logger: { warn(message: string, detail?: unknown): void; error(message: string, error: unknown): void };
  /** Seconds since the epoch; injectable so the five-minute window can be tested. */
  nowMs?: () => number;
}

// Slack allows five minutes of clock difference either way; Bolt checks only the past.
const MAX_SKEW_SECONDS = 5 * 60;

/**
 * A Bolt receiver mounted on the shared koa app: verifies Slack's v0 signature over the raw body,
 * answers url_verification, hands everything else to Bolt and writes the acknowledgement only
 * after Bolt's listeners finished. The listeners only record the event in the durable inbox
 * (one insert) before they ack, so the answer still comes well inside Slack's 3 seconds, and an
 * event is never acknowledged before it is on disk (Bolt acks Events API deliveries before its
 * listeners run; the HTTP answer waits for them here).
 */
export class KoaReceiver implements Receiver {
  private app: App | undefined;
  readonly path: string;

  constructor(private readonly options: KoaReceiverOptions) {
    this.path = options.path ?? "/slack/events";
  }

  init(app: App): void {
    this.app = app;
  }

  // Mounted on the shared HTTP server, which the composition root starts and stops.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  readonly routes = (router: Router): void => {
    router.post(this.path, (ctx) => this.handle(ctx));
  };

  private async handle(ctx: Context): Promise<void> {
    const raw = await readRawBody(ctx);
    if (!this.verified(ctx, raw)) {
      ctx.status = 401;
      ctx.body = "";
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = parseSlackBody(raw, ctx.get("content-type"));
    } catch {
      ctx.status = 400;
      ctx.body = "";
      return;
    }
    if (body.type === "url_verification") {
      ctx.body = { challenge: typeof body.challenge === "string" ? body.challenge : "" };
      return;
    }
    if (body.ssl_check === "1") {
      ctx.body = "";
      return;
    }
    if (!boltCanRead(body)) {
      // Signed but not shaped like anything Slack sends: Bolt would throw on it (a 500 that Slack retries forever).
      this.options.logger.warn("slack: unreadable payload refused", typeof body.type === "string" ? body.type : undefined);
      ctx.status = 400;
      ctx.body = "";
      return;
    }
    await this.dispatch(ctx, body);
  }

  private verified(ctx: Context, raw: string): boolean {
    const timestamp = Number(ctx.get("x-slack-request-timestamp"));
    const nowMs = this.options.nowMs?.() ?? Date.now();
    if (!Number.isFinite(timestamp) || timestamp - Math.floor(nowMs / 1000) > MAX_SKEW_SECONDS) return false;
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: raw,
        headers: { "x-slack-signature": ctx.get("x-slack-signature"), "x-slack-request-timestamp": timestamp },
        nowMilliseconds: nowMs,
      });
      return true;
    } catch (error) {
      this.options.logger.warn("slack: rejected a request", error instanceof Error ? error.message : error);
      return false;
    }
  }

  private async dispatch(ctx: Context, body: Record<string, unknown>): Promise<void> {
    if (!this.app) throw new Error("slack receiver used before App.init");
    let acked = false;
    let response: unknown;
    const retryNum = Number(ctx.get("x-slack-retry-num"));
    const event: ReceiverEvent = {
      body,
      ...(Number.isInteger(retryNum) && ctx.get("x-slack-retry-num") !== "" ? { retryNum } : {}),
      ...(ctx.get("x-slack-retry-reason") ? { retryReason: ctx.get("x-slack-retry-reason") } : {}),
      ack: async (answer?: unknown) => {
        if (acked) return;
        acked = true;
        response = answer;
      },
    };
    try {
      await this.app.processEvent(event);
    } catch (error) {
      // The event may not be on disk: a 500 makes Slack deliver it again (Events API) or tell the user.
      this.options.logger.error("slack: event not recorded", error);
      ctx.status = 500;
      ctx.body = "";
      return;
    }
    ctx.status = 200;
    if (response === undefined || response === "") ctx.body = "";
    else if (typeof response === "string") ctx.body = response;
    else ctx.body = response;
  }
}

/** Fields Bolt's routing dereferences when present (body.user.id, body.channel.id, body.event.type…). */
const OBJECT_FIELDS = ["user", "channel", "container", "view", "message", "event", "enterprise"] as const;

const INTERACTIVE_TYPES = new Set([
  "block_actions",
  "interactive_message",
  "view_submission",
  "view_closed",
  "shortcut",
  "message_action",
  "block_suggestion",
  "dialog_submission",
]);

/**
 * Whether Bolt can route this payload without throwing (found by test/fuzz/platform-api.fuzz.test.ts):
 * it reads the object fields above and iterates `actions` without checking them.
 */
export function boltCanRead(body: Record<string, unknown>): boolean {
  const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (OBJECT_FIELDS.some((key) => key in body && body[key] !== undefined && !isObject(body[key]))) return false;
  // Slack sends team: null for org-wide installs.
  if ("team" in body && body.team !== null && body.team !== undefined && !isObject(body.team)) return false;
  if ((body.type === "block_actions" || body.type === "interactive_message") && (!Array.isArray(body.actions) || !body.actions.every(isObject))) return false;
  if (body.type === "event_callback" && !isObject(body.event)) return false;
  // Interactive payloads always name the user who clicked or submitted; Bolt reads body.user.id.
  if (typeof body.type === "string" && INTERACTIVE_TYPES.has(body.type) && !(isObject(body.user) && typeof (body.user as { id?: unknown }).id === "string"))
    return false;
  return true;
}
