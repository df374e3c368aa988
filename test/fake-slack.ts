import crypto from "node:crypto";
import type http from "node:http";
import Router from "@koa/router";
import Koa from "koa";
import { listen } from "../app/http-server.js";

export interface SlackCall {
  method: string;
  /** Form fields, with JSON fields (blocks, view) parsed. */
  body: Record<string, unknown>;
  token: string | undefined;
}

export interface FakeSlack {
  /** Web API base to put in SLACK_API_URL. */
  apiUrl: string;
  /** Base for response_url values: POSTs to `${responseBase}/<anything>` are recorded as method "response_url". */
  responseBase: string;
  /** Bytes POSTed to upload_url values handed out by files.getUploadURLExternal, by file id. */
  uploads: Map<string, { fileName: string; bytes: Buffer }>;
  /** Successful calls, in order (rate-limited attempts are in `rejected`). */
  calls: SlackCall[];
  rejected: SlackCall[];
  callsOf(method: string): SlackCall[];
  /** A file people shared, served at `${filesBase}/<id>` to a request with the bot token (url_private_download). */
  shareFile(id: string, bytes: Buffer): string;
  /** While set and true for a method, every call of it answers HTTP 429 with Retry-After 30 (an outage). */
  setOutage(down: ((method: string) => boolean) | undefined): void;
  /** The next call of `method` answers HTTP 429 with Retry-After. */
  rateLimitNext(method: string, retryAfterSeconds: number): void;
  /** The next call of `method` answers `{ ok: false, error }` (HTTP 200, as Slack does), or an HTTP status when a number. */
  failNext(method: string, error: string | number): void;
  /** What apps.connections.open answers (Socket Mode's WebSocket URL). */
  setSocketUrl(url: string): void;
  /** Profile users.info returns for a user. */
  setUser(id: string, profile: { tz?: string; locale?: string; real_name?: string }): void;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(["blocks", "view", "attachments", "files"]);

/** A local stand-in for the Slack Web API that records what the real @slack/web-api client sends it. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const rejected: SlackCall[] = [];
  const limits = new Map<string, number>();
  const failures = new Map<string, string | number>();
  const users = new Map<string, { tz?: string; locale?: string; real_name?: string }>();
  let ts = 1_700_000_000;
  let socketUrl: string | undefined;
  let outage: ((method: string) => boolean) | undefined;
  const uploads = new Map<string, { fileName: string; bytes: Buffer }>();
  const pending = new Map<string, string>();
  let base = "";

  const app = new Koa();
  const router = new Router();
  router.post("/api/:method", async (ctx) => {
    const method = ctx.params.method ?? "";
    const call: SlackCall = { method, body: await readBody(ctx.req), token: ctx.get("authorization").replace(/^Bearer /, "") || undefined };
    const limit = limits.get(method) ?? (outage?.(method) ? 30 : undefined);
    if (limit !== undefined) {
      limits.delete(method);
      rejected.push(call);
      ctx.status = 429;
      ctx.set("Retry-After", String(limit));
      ctx.body = { ok: false, error: "ratelimited" };
      return;
    }
    const failure = failures.get(method);
    if (failure !== undefined) {
      failures.delete(method);
      rejected.push(call);
      if (typeof failure === "number") ctx.status = failure;
      ctx.body = { ok: false, error: typeof failure === "string" ? failure : "http_error" };
      return;
    }
    calls.push(call);
    ctx.body = answer(method, call.body);
  });
  const shared = new Map<string, Buffer>();
  router.get("/files/:id", (ctx) => {
    const bytes = shared.get(ctx.params.id ?? "");
    if (!bytes || ctx.get("authorization") !== "Bearer xoxb-test") {
      ctx.status = bytes ? 403 : 404;
      return;
    }
    ctx.type = "application/octet-stream";
    ctx.body = bytes;
  });
  router.post("/response/:id", async (ctx) => {
    const raw = await readRaw(ctx.req);
    calls.push({ method: "response_url", body: { ...(JSON.parse(raw) as Record<string, unknown>), url: ctx.path }, token: undefined });
    ctx.body = "ok";
  });
  // The upload_url: the WebClient POSTs the file as multipart/form-data (field "body").
  router.post("/upload/:fileId", async (ctx) => {
    const fileId = ctx.params.fileId ?? "";
    const fileName = pending.get(fileId);
    if (!fileName) {
      ctx.status = 404;
      return;
    }
    const raw = await readBytes(ctx.req);
    const form = await new Request("http://fake/", {
      method: "POST",
      headers: { "content-type": ctx.get("content-type") },
      body: new Uint8Array(raw),
    }).formData();
    const part = form.get("body");
    const bytes = part instanceof Blob ? Buffer.from(await part.arrayBuffer()) : Buffer.from(String(part ?? ""));
    uploads.set(fileId, { fileName, bytes });
    calls.push({ method: "upload_url", body: { fileId, fileName, length: bytes.length }, token: undefined });
    ctx.body = `OK - ${bytes.length}`;
  });
  app.use(router.routes());

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    ts += 1;
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "crm" };
      case "users.info": {
        const id = String(body.user);
        const profile = users.get(id) ?? {};
        return { ok: true, user: { id, name: id.toLowerCase(), real_name: profile.real_name ?? id, tz: profile.tz, locale: profile.locale } };
      }
      case "chat.postMessage": {
        // Posting to a user id lands in the DM with them, as on Slack.
        const channel = String(body.channel).replace(/^U/, "D");
        return { ok: true, channel, ts: `${ts}.000100`, message: { text: body.text } };
      }
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${ts}.000200` };
      case "conversations.open":
        return { ok: true, channel: { id: String(body.users).split(",")[0]!.replace(/^U/, "D") } };
      case "files.getUploadURLExternal": {
        const fileId = `F${ts}`;
        pending.set(fileId, String(body.filename));
        return { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId };
      }
      case "files.completeUploadExternal": {
        // Only files whose bytes arrived can be completed, as on Slack.
        const files = (Array.isArray(body.files) ? body.files : []) as { id: string; title?: string }[];
        if (files.some((f) => !uploads.has(f.id))) return { ok: false, error: "file_not_found" };
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title, name: uploads.get(f.id)!.fileName })) };
      }
      case "apps.connections.open":
        return socketUrl ? { ok: true, url: socketUrl } : { ok: false, error: "no_socket_mode" };
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: `V${ts}` } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  const server: http.Server = await listen(app, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    apiUrl: `${base}/api/`,
    responseBase: `${base}/response`,
    uploads,
    calls,
    rejected,
    callsOf: (method) => calls.filter((c) => c.method === method),
    rateLimitNext: (method, seconds) => limits.set(method, seconds),
    shareFile: (id, bytes) => {
      shared.set(id, bytes);
      return `${base}/files/${id}`;
    },
    setOutage: (down) => {
      outage = down;
    },
    failNext: (method, error) => failures.set(method, error),
    setUser: (id, profile) => users.set(id, profile),
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readBytes(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

async function readRaw(req: http.IncomingMessage): Promise<string> {
  return (await readBytes(req)).toString("utf8");
}

async function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readRaw(req);
  if ((req.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) body[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return body;
}

/** Slack's v0 request signature: HMAC-SHA256 over "v0:<timestamp>:<raw body>" with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${crypto.createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}
