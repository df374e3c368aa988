import type http from "node:http";
import { createHmac } from "node:crypto";
import { bodyParser } from "@koa/bodyparser";
import Router from "@koa/router";
import Koa from "koa";
import { type WebSocket, WebSocketServer } from "ws";
import { listen } from "../../app/http-server.js";

/** One request the fake DingTalk received. */
export interface FakeCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  /** Set when the call was answered with a failure (failNext). */
  failed?: boolean;
}

export interface FakeFailure {
  status: number;
  body: unknown;
}

/**
 * A local stand-in for DingTalk's HTTP side: the OpenAPI (accessToken, robot messages, interactive
 * cards), the legacy media upload (an image must be a picture; a robot file or image message must
 * name a fitting upload), sessionWebhooks (/session/:id) and a custom group robot (/robot/send) that checks 加签 the
 * way DingTalk does. It records every call; `failNext` makes the next call to a path fail. It is also
 * the Stream gateway: connections/open hands out a ticket for its WebSocket, where the test pushes
 * CALLBACK frames and the client's acknowledgements are recorded.
 */
export class FakeDingTalk {
  readonly calls: FakeCall[] = [];
  /** Robot webhook posts whose signature did not verify (DingTalk answers errcode 310000). */
  readonly rejectedRobotPosts: FakeCall[] = [];
  /** Files received by oapi /media/upload, by the media_id handed out. */
  readonly media = new Map<string, { fileName: string; type: string; bytes: Buffer }>();
  /** Files people sent the robot, by their downloadCode: messageFiles/download hands out a URL here that serves them. */
  readonly sentFiles = new Map<string, { bytes: Buffer }>();
  /** Where messageFiles/download says the file is (default this fake); a test points it elsewhere. */
  downloadOrigin: string | undefined;
  private readonly validTokens = new Set<string>();
  private readonly failures = new Map<string, FakeFailure[]>();
  private tokenCount = 0;
  private server: http.Server | undefined;
  private gateway: WebSocketServer | undefined;
  private streamSocket: WebSocket | undefined;
  private readonly tickets = new Set<string>();
  /** The Stream client's acknowledgements (socketCallBackResponse), by messageId. */
  readonly streamAcks: { messageId: string; data: string }[] = [];
  base = "";

  constructor(
    private readonly app: { appKey: string; appSecret: string; robotAccessToken: string; robotSecret: string },
    /** The clock the robot signature's timestamp is checked against. */
    private readonly now: () => Date,
  ) {}

  async start(): Promise<void> {
    const koa = new Koa();
    const router = new Router();
    router.post("/v1.0/oauth2/accessToken", (ctx) => {
      const body = ctx.request.body as { appKey?: string; appSecret?: string };
      if (body.appKey !== this.app.appKey || body.appSecret !== this.app.appSecret) {
        ctx.status = 400;
        ctx.body = { code: "invalidClientIdOrSecret", message: "bad app" };
        return;
      }
      const token = `token-${++this.tokenCount}`;
      this.validTokens.add(token);
      ctx.body = { accessToken: token, expireIn: 7200 };
    });
    const openApi = (ctx: Koa.Context, answer: unknown) => {
      const token = ctx.get("x-acs-dingtalk-access-token");
      if (!this.validTokens.has(token)) {
        // What api.dingtalk.com answers for an expired or unknown token.
        ctx.status = 400;
        ctx.body = { code: "InvalidAuthentication", requestid: "fake", message: "不合法的access_token" };
        return;
      }
      ctx.body = answer;
    };
    // A robot message that names media (a file's mediaId, a picture's photoURL) must name an upload of the right kind.
    const robotMessage = (ctx: Koa.Context, answer: unknown) => {
      const refused = this.mediaRefusal(ctx.request.body as Record<string, unknown>);
      if (refused && this.validTokens.has(ctx.get("x-acs-dingtalk-access-token"))) {
        (ctx.state.call as FakeCall).failed = true;
        ctx.status = 400;
        ctx.body = { code: "invalidParameter", requestid: "fake", message: refused };
        return;
      }
      openApi(ctx, answer);
    };
    router.post("/v1.0/robot/oToMessages/batchSend", (ctx) => robotMessage(ctx, { processQueryKey: "q1" }));
    router.post("/v1.0/robot/groupMessages/send", (ctx) => robotMessage(ctx, { processQueryKey: "q2" }));
    router.post("/v1.0/im/v1.0/robot/interactiveCards/send", (ctx) => openApi(ctx, { processQueryKey: "q3" }));
    router.put("/v1.0/im/robots/interactiveCards", (ctx) => openApi(ctx, { success: true }));
    // A file's downloadCode (and our robotCode) for a short-lived download URL, on this fake's file host.
    router.post("/v1.0/robot/messageFiles/download", (ctx) => {
      const body = ctx.request.body as { downloadCode?: string; robotCode?: string };
      if (!this.sentFiles.has(String(body.downloadCode)) || body.robotCode !== this.app.appKey) {
        if (!this.validTokens.has(ctx.get("x-acs-dingtalk-access-token"))) return openApi(ctx, {});
        ctx.status = 400;
        ctx.body = { code: "invalidParameter", requestid: "fake", message: "downloadCode or robotCode is invalid" };
        return;
      }
      openApi(ctx, { downloadUrl: `${this.downloadOrigin ?? this.base}/files/${encodeURIComponent(String(body.downloadCode))}.file` });
    });
    router.get("/files/:name", (ctx) => {
      const file = this.sentFiles.get(decodeURIComponent(ctx.params.name ?? "").replace(/\.file$/u, ""));
      if (!file) {
        ctx.status = 404;
        return;
      }
      ctx.type = "application/octet-stream";
      ctx.body = file.bytes;
    });
    // oapi.dingtalk.com/media/upload: token in the query, file as multipart field "media", errors as errcode with HTTP 200.
    router.post("/media/upload", async (ctx) => {
      if (!this.validTokens.has(String(ctx.query.access_token ?? ""))) {
        ctx.body = { errcode: 40014, errmsg: "不合法的access_token" };
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      const form = await new Request("http://fake/", {
        method: "POST",
        headers: { "content-type": ctx.get("content-type") },
        body: new Uint8Array(Buffer.concat(chunks)),
      }).formData();
      const file = form.get("media");
      const type = String(ctx.query.type ?? "");
      if (!(file instanceof File) || !["image", "voice", "video", "file"].includes(type)) {
        ctx.body = { errcode: 40004, errmsg: "不合法的媒体文件类型" };
        return;
      }
      const bytes = Buffer.from(await file.arrayBuffer());
      // An image must be a picture (jpg, gif, png, bmp), whatever its name says.
      if (type === "image" && !isPicture(bytes)) {
        ctx.body = { errcode: 40005, errmsg: "不合法的文件类型" };
        return;
      }
      const mediaId = `@media-${this.media.size + 1}`;
      this.media.set(mediaId, { fileName: file.name, type, bytes });
      ctx.body = { errcode: 0, errmsg: "ok", type, media_id: mediaId, created_at: 1_700_000_000_000 };
    });
    router.post("/session/:id", (ctx) => {
      ctx.body = { errcode: 0, errmsg: "ok" };
    });
    router.post("/robot/send", (ctx) => {
      const { access_token: accessToken, timestamp, sign } = ctx.query as Record<string, string | undefined>;
      const expected = timestamp ? createHmac("sha256", this.app.robotSecret).update(`${timestamp}\n${this.app.robotSecret}`).digest("base64") : "";
      const fresh = timestamp !== undefined && Math.abs(this.now().getTime() - Number(timestamp)) <= 3_600_000;
      if (accessToken !== this.app.robotAccessToken || !fresh || sign !== expected) {
        this.rejectedRobotPosts.push(this.calls[this.calls.length - 1] as FakeCall);
        ctx.body = { errcode: 310000, errmsg: "sign not match" };
        return;
      }
      ctx.body = { errcode: 0, errmsg: "ok" };
    });
    koa.use(bodyParser({ enableTypes: ["json"] }));
    koa.use(async (ctx, next) => {
      const call: FakeCall = {
        method: ctx.method,
        path: ctx.path,
        query: Object.fromEntries(Object.entries(ctx.query).map(([k, v]) => [k, String(v)])),
        headers: ctx.headers,
        body: (ctx.request.body ?? {}) as Record<string, unknown>,
      };
      this.calls.push(call);
      ctx.state.call = call;
      const failure = this.failures.get(ctx.path)?.shift() ?? (this.outage?.(ctx.path) || undefined);
      if (failure) {
        (this.calls[this.calls.length - 1] as FakeCall).failed = true;
        ctx.status = failure.status;
        ctx.body = failure.body;
        return;
      }
      await next();
    });
    router.post("/v1.0/gateway/connections/open", (ctx) => {
      const body = ctx.request.body as { clientId?: string; clientSecret?: string };
      if (body.clientId !== this.app.appKey || body.clientSecret !== this.app.appSecret) {
        ctx.status = 401;
        ctx.body = { code: "invalidClientIdOrSecret", message: "bad client" };
        return;
      }
      const ticket = `ticket-${this.tickets.size + 1}`;
      this.tickets.add(ticket);
      ctx.body = { endpoint: `${this.base.replace(/^http/, "ws")}/gateway`, ticket };
    });
    koa.use(router.routes());
    this.server = await listen(koa, 0);
    this.gateway = new WebSocketServer({ server: this.server, path: "/gateway" });
    this.gateway.on("connection", (socket, request) => {
      const ticket = new URL(request.url ?? "", "http://x").searchParams.get("ticket") ?? "";
      if (!this.tickets.delete(ticket)) return socket.close(4001, "bad ticket");
      this.streamSocket = socket;
      socket.on("message", (data) => {
        const frame = JSON.parse(String(data)) as { headers?: { messageId?: string }; data?: string };
        if (frame.headers?.messageId) this.streamAcks.push({ messageId: frame.headers.messageId, data: String(frame.data ?? "") });
      });
    });
    const address = this.server.address();
    this.base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    for (const client of this.gateway?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.gateway ? this.gateway.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Resolves once a Stream client has connected with a ticket. */
  async streamConnected(): Promise<void> {
    for (let i = 0; i < 300 && this.streamSocket?.readyState !== 1; i++) await new Promise((r) => setTimeout(r, 10));
    if (this.streamSocket?.readyState !== 1) throw new Error("no Stream client connected");
  }

  /** Pushes a CALLBACK frame on the Stream connection, as DingTalk delivers a robot message or a card press. */
  pushStream(topic: string, messageId: string, data: unknown): void {
    if (!this.streamSocket) throw new Error("no Stream client connected");
    this.streamSocket.send(
      JSON.stringify({
        specVersion: "1.0",
        type: "CALLBACK",
        headers: { appId: this.app.appKey, connectionId: "conn-1", contentType: "application/json", messageId, time: String(this.now().getTime()), topic },
        data: JSON.stringify(data),
      }),
    );
  }

  /** Why a robot message's media reference is refused, or null when it names none or a fitting upload. */
  private mediaRefusal(body: Record<string, unknown>): string | null {
    if (body.msgKey !== "sampleFile" && body.msgKey !== "sampleImageMsg") return null;
    let param: { mediaId?: unknown; photoURL?: unknown };
    try {
      param = JSON.parse(String(body.msgParam ?? "")) as typeof param;
    } catch {
      return "msgParam is not JSON";
    }
    if (body.msgKey === "sampleFile") return this.media.has(String(param.mediaId)) ? null : "mediaId names no upload";
    const photo = String(param.photoURL ?? "");
    if (/^https?:\/\//u.test(photo)) return null;
    return this.media.get(photo)?.type === "image" ? null : "photoURL names no uploaded image";
  }

  /** While set, decides per path whether DingTalk is refusing (an outage); null lets the call through. */
  outage: ((path: string) => FakeFailure | null) | undefined;

  failNext(path: string, failure: FakeFailure): void {
    this.failures.set(path, [...(this.failures.get(path) ?? []), failure]);
  }

  /** Every token issued so far stops working (as after its 2 hours). */
  expireTokens(): void {
    this.validTokens.clear();
  }

  get tokensIssued(): number {
    return this.tokenCount;
  }

  callsTo(path: string): FakeCall[] {
    return this.calls.filter((c) => c.path === path);
  }

  /** Calls recorded since a mark (`const mark = fake.calls.length`). */
  since(mark: number): FakeCall[] {
    return this.calls.slice(mark);
  }

  get robotUrl(): string {
    return `${this.base}/robot/send?access_token=${this.app.robotAccessToken}`;
  }

  sessionWebhook(id: string): string {
    return `${this.base}/session/${id}`;
  }
}

/** PNG, JPEG, GIF or BMP by their first bytes. */
function isPicture(bytes: Buffer): boolean {
  const starts = (magic: number[]) => bytes.subarray(0, magic.length).equals(Buffer.from(magic));
  return starts([0x89, 0x50, 0x4e, 0x47]) || starts([0xff, 0xd8]) || starts([0x47, 0x49, 0x46, 0x38]) || starts([0x42, 0x4d]);
}
