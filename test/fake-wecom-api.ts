import type http from "node:http";
import { bodyParser } from "@koa/bodyparser";
import Router from "@koa/router";
import Koa from "koa";
import { listen } from "../app/http-server.js";

export interface RecordedCall {
  api:
    | "gettoken"
    | "message/send"
    | "message/update_template_card"
    | "appchat/send"
    | "webhook/send"
    | "media/upload"
    | "media/get"
    | "externalcontact/get"
    | "externalcontact/groupchat/get";
  query: Record<string, string>;
  body: Record<string, unknown>;
  /** What the fake answered. */
  answer: Record<string, unknown>;
}

/**
 * A local stand-in for qyapi.weixin.qq.com: issues access tokens, accepts message/send,
 * update_template_card, appchat/send and the group robot webhook, and records every call.
 * Tests script failures (an errcode for the next call of an API) and token expiry.
 */
export class FakeWecomApi {
  readonly calls: RecordedCall[] = [];
  /** Members WeCom does not know: message/send answers errcode 0 but lists them in invaliduser. */
  readonly unknownUsers = new Set<string>();
  /** Files received by media/upload, by the media_id handed out. */
  readonly media = new Map<string, { fileName: string; type: string; bytes: Buffer }>();
  /** Files members sent the app, by media_id: media/get serves them (with a Content-Disposition unless `unnamed`). */
  readonly incoming = new Map<string, { fileName: string; bytes: Buffer; unnamed?: boolean; delayMs?: number }>();
  private readonly failures = new Map<string, number[]>();
  /** 客户联系: customers externalcontact/get knows (by external_userid), and customer groups' owners (groupchat/get). */
  readonly customers = new Map<string, { name: string; corp_name?: string; corp_full_name?: string; position?: string }>();
  readonly groupOwners = new Map<string, string>();
  /** While set, externalcontact/get answers this much later. */
  customerDelayMs = 0;
  /** While set, gettoken answers this much later (a slow WeCom). */
  gettokenDelayMs = 0;
  private tokenCount = 0;
  private validTokens = new Set<string>();
  private server: http.Server | undefined;
  private responseCodes = 0;

  constructor(private readonly corp: { corpId: string; secret: string; robotKey: string }) {}

  async start(): Promise<string> {
    const app = new Koa();
    const router = new Router();
    router.get("/cgi-bin/gettoken", async (ctx) => {
      const query = stringQuery(ctx.query);
      if (this.gettokenDelayMs) await new Promise((resolve) => setTimeout(resolve, this.gettokenDelayMs));
      const ok = query.corpid === this.corp.corpId && query.corpsecret === this.corp.secret;
      const token = `tok-${++this.tokenCount}`;
      if (ok) this.validTokens.add(token);
      ctx.body = this.record(
        "gettoken",
        query,
        {},
        ok ? { errcode: 0, errmsg: "ok", access_token: token, expires_in: 7200 } : { errcode: 40001, errmsg: "invalid credential" },
      );
    });
    const tokenApi =
      (api: RecordedCall["api"], answer: (body: Record<string, unknown>) => Record<string, unknown>, bodyOf?: () => Record<string, unknown>) =>
      (ctx: Koa.Context) => {
        const query = stringQuery(ctx.query);
        const body = bodyOf ? bodyOf() : ((ctx.request.body ?? {}) as Record<string, unknown>);
        if (!this.validTokens.has(query.access_token ?? "")) {
          ctx.body = this.record(api, query, body, { errcode: 42001, errmsg: "access_token expired" });
          return;
        }
        const scripted = this.failures.get(api)?.shift() ?? this.outage?.(api) ?? undefined;
        ctx.body = this.record(api, query, body, scripted !== undefined ? { errcode: scripted, errmsg: "scripted failure" } : answer(body));
      };
    router.post(
      "/cgi-bin/message/send",
      tokenApi("message/send", (body) => ({
        errcode: 0,
        errmsg: "ok",
        ...(this.unknownUsers.has(String(body.touser)) ? { invaliduser: String(body.touser) } : {}),
        msgid: `msg-${this.calls.length}`,
        ...(isInteractive(body) ? { response_code: `send-code-${++this.responseCodes}` } : {}),
      })),
    );
    router.post(
      "/cgi-bin/message/update_template_card",
      tokenApi("message/update_template_card", () => ({ errcode: 0, errmsg: "ok" })),
    );
    router.post(
      "/cgi-bin/appchat/send",
      tokenApi("appchat/send", () => ({ errcode: 0, errmsg: "ok" })),
    );
    router.get("/cgi-bin/externalcontact/get", async (ctx) => {
      if (this.customerDelayMs) await new Promise((resolve) => setTimeout(resolve, this.customerDelayMs));
      const query = stringQuery(ctx.query);
      const customer = this.customers.get(query.external_userid ?? "");
      const answer = !this.validTokens.has(query.access_token ?? "")
        ? { errcode: 42001, errmsg: "access_token expired" }
        : customer
          ? { errcode: 0, errmsg: "ok", external_contact: { external_userid: query.external_userid, type: 1, ...customer }, follow_user: [] }
          : { errcode: 84061, errmsg: "not external contact" };
      ctx.body = this.record("externalcontact/get", query, {}, answer);
    });
    router.post(
      "/cgi-bin/externalcontact/groupchat/get",
      tokenApi("externalcontact/groupchat/get", (body) => {
        const owner = this.groupOwners.get(String(body.chat_id));
        return owner
          ? { errcode: 0, errmsg: "ok", group_chat: { chat_id: body.chat_id, owner, member_list: [] } }
          : { errcode: 40050, errmsg: "chatid not found" };
      }),
    );
    // Multipart (field "media"), left unread by the JSON body parser.
    router.post("/cgi-bin/media/upload", async (ctx) => {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      const form = await new Request("http://fake/", {
        method: "POST",
        headers: { "content-type": ctx.get("content-type") },
        body: new Uint8Array(Buffer.concat(chunks)),
      }).formData();
      const part = form.get("media");
      const file = part instanceof File ? part : undefined;
      const bytes = file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
      const mediaId = `media-${this.media.size + 1}`;
      await tokenApi(
        "media/upload",
        (query) => {
          if (!file || (query.type !== "file" && query.type !== "image")) return { errcode: 40004, errmsg: "invalid media type" };
          // An image must be a PNG or a JPEG (WeCom: 40005 invalid file type).
          const picture = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) || bytes.subarray(0, 2).equals(Buffer.from([0xff, 0xd8]));
          if (query.type === "image" && !picture) return { errcode: 40005, errmsg: "invalid file type" };
          this.media.set(mediaId, { fileName: file.name, type: query.type, bytes });
          return { errcode: 0, errmsg: "ok", type: "file", media_id: mediaId, created_at: "1700000000" };
        },
        () => ({ ...stringQuery(ctx.query), fileName: file?.name ?? "", length: bytes.length }),
      )(ctx);
    });
    // The bytes of a file a member sent, as WeCom serves them; an error is JSON with an errcode.
    router.get("/cgi-bin/media/get", async (ctx) => {
      const query = stringQuery(ctx.query);
      const file = this.incoming.get(query.media_id ?? "");
      const scripted = this.failures.get("media/get")?.shift();
      const answer = !this.validTokens.has(query.access_token ?? "")
        ? { errcode: 42001, errmsg: "access_token expired" }
        : scripted !== undefined
          ? { errcode: scripted, errmsg: "scripted failure" }
          : !file
            ? { errcode: 40007, errmsg: "invalid media_id" }
            : { errcode: 0, errmsg: "ok", length: file.bytes.length };
      this.record("media/get", query, {}, answer);
      if (answer.errcode !== 0 || !file) {
        ctx.body = answer;
        return;
      }
      if (file.delayMs) await new Promise((resolve) => setTimeout(resolve, file.delayMs));
      ctx.type = "application/octet-stream";
      if (!file.unnamed) ctx.set("content-disposition", `attachment; filename="${encodeURIComponent(file.fileName)}"`);
      ctx.body = file.bytes;
    });
    router.post("/cgi-bin/webhook/send", (ctx) => {
      const query = stringQuery(ctx.query);
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const scripted = this.failures.get("webhook/send")?.shift() ?? this.outage?.("webhook/send") ?? undefined;
      const answer =
        query.key !== this.corp.robotKey
          ? { errcode: 93000, errmsg: "invalid webhook url" }
          : scripted !== undefined
            ? { errcode: scripted, errmsg: "scripted" }
            : { errcode: 0, errmsg: "ok" };
      ctx.body = this.record("webhook/send", query, body, answer);
    });
    // A download the app stops reading (a file over the limit) resets the connection: that is expected, not a fake's fault.
    app.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET") console.error(error);
    });
    app.use(bodyParser({ enableTypes: ["json"] }));
    app.use(router.routes());
    this.server = await listen(app, 0);
    const address = this.server.address();
    return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** While set, the errcode an API answers with (WeCom refusing, e.g. 45009 frequency), or null to let it through. */
  outage: ((api: RecordedCall["api"]) => number | null) | undefined;

  /** The next call of `api` answers this errcode (queue several for several calls). */
  failNext(api: RecordedCall["api"], errcode: number): void {
    this.failures.set(api, [...(this.failures.get(api) ?? []), errcode]);
  }

  /** Every token issued so far stops working (WeCom answers 42001), as when one expires early. */
  expireTokens(): void {
    this.validTokens.clear();
  }

  /** Successful calls of one API (errcode 0). */
  delivered(api: RecordedCall["api"]): RecordedCall[] {
    return this.calls.filter((c) => c.api === api && c.answer.errcode === 0);
  }

  count(api: RecordedCall["api"]): number {
    return this.calls.filter((c) => c.api === api).length;
  }

  private record(api: RecordedCall["api"], query: Record<string, string>, body: Record<string, unknown>, answer: Record<string, unknown>) {
    this.calls.push({ api, query, body, answer });
    return answer;
  }
}

function stringQuery(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v ?? "")]));
}

function isInteractive(body: Record<string, unknown>): boolean {
  const card = body.template_card as { card_type?: string } | undefined;
  return body.msgtype === "template_card" && card?.card_type === "button_interaction";
}
