import { z } from "zod";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Clock } from "../../domain/shared/clock.js";
import { fileNameOfDisposition, readCapped } from "../inbound-file.js";
import { TOKEN_ERRCODES, mapHttpStatus, mapWecomErrcode } from "./map-wecom-error.js";

export type FetchLike = (
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string | FormData; signal?: AbortSignal },
) => Promise<Response>;

export interface WecomApiOptions {
  apiBase: string;
  corpId: string;
  secret: string;
  clock: Clock;
  fetch?: FetchLike;
  timeoutMs?: number;
}

const answerSchema = z.looseObject({ errcode: z.number().int().default(0), errmsg: z.string().default("") });
const tokenSchema = z.object({
  errcode: z.number().int().default(0),
  errmsg: z.string().default(""),
  access_token: z.string().optional(),
  expires_in: z.number().int().positive().optional(),
});

export type WecomAnswer = z.infer<typeof answerSchema>;

/** Refresh this long before WeCom's stated expiry, so a token never expires mid-request. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

/**
 * The WeCom server API: one cached access_token (gettoken is rate limited and valid 7,200 s),
 * refreshed when it expires and once more when WeCom says it is invalid or expired. Every failure
 * becomes a DeliveryError; the token never appears in an error message.
 */
export class WecomApiClient {
  private readonly fetchImpl: FetchLike;
  private token: { value: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly options: WecomApiOptions) {
    this.fetchImpl = options.fetch ?? ((url, init) => fetch(url, init));
  }

  /** POSTs to a token-authenticated API (e.g. "/cgi-bin/message/send") and returns WeCom's answer on errcode 0. */
  async call(path: string, body: unknown): Promise<WecomAnswer> {
    const first = await this.accessToken();
    const answer = await this.post(`${this.options.apiBase}${path}?access_token=${encodeURIComponent(first)}`, body, path);
    if (!TOKEN_ERRCODES.has(answer.errcode)) return this.check(answer, path);
    // The token was revoked or expired early: drop it, fetch a new one, try exactly once more.
    if (this.token?.value === first) this.token = undefined;
    const second = await this.accessToken();
    return this.check(await this.post(`${this.options.apiBase}${path}?access_token=${encodeURIComponent(second)}`, body, path), path);
  }

  /** GETs a token-authenticated API (e.g. "/cgi-bin/externalcontact/get" with its query) and returns WeCom's answer on errcode 0. */
  async read(path: string, query: Record<string, string>): Promise<WecomAnswer> {
    const url = (token: string) => `${this.options.apiBase}${path}?${new URLSearchParams({ access_token: token, ...query })}`;
    const answerOf = async (token: string) => {
      const parsed = answerSchema.safeParse(await readJson(await this.request(url(token), { method: "GET" }, path), path));
      if (!parsed.success) throw new DeliveryError("TEMPORARY", `${path}: unexpected answer`);
      return parsed.data;
    };
    const first = await this.accessToken();
    const answer = await answerOf(first);
    if (!TOKEN_ERRCODES.has(answer.errcode)) return this.check(answer, path);
    if (this.token?.value === first) this.token = undefined;
    return this.check(await answerOf(await this.accessToken()), path);
  }

  /**
   * Uploads a temporary file (media/upload, multipart field "media"; valid 3 days) and returns its media_id,
   * which message/send and appchat/send take for msgtype "file".
   */
  async uploadMedia(type: "file" | "image", fileName: string, mimeType: string, data: Uint8Array): Promise<string> {
    const api = "media/upload";
    const attempt = async (token: string) => {
      const form = new FormData();
      form.append("media", new Blob([new Uint8Array(data)], { type: mimeType }), fileName);
      const url = `${this.options.apiBase}/cgi-bin/media/upload?access_token=${encodeURIComponent(token)}&type=${type}`;
      const res = await this.request(url, { method: "POST", body: form }, api);
      const parsed = answerSchema.safeParse(await readJson(res, api));
      if (!parsed.success) throw new DeliveryError("TEMPORARY", `${api}: unexpected answer`);
      return parsed.data;
    };
    const first = await this.accessToken();
    let answer = await attempt(first);
    if (TOKEN_ERRCODES.has(answer.errcode)) {
      if (this.token?.value === first) this.token = undefined;
      answer = await attempt(await this.accessToken());
    }
    const mediaId = this.check(answer, api).media_id;
    if (typeof mediaId !== "string" || !mediaId) throw new DeliveryError("TEMPORARY", `${api}: no media_id`);
    return mediaId;
  }

  /**
   * Downloads a temporary file a member sent (media/get, GET with the media_id). WeCom answers the
   * bytes with a Content-Disposition naming the file, or JSON with an errcode (an expired token is
   * refreshed once). The body is read up to maxBytes only; `signal` bounds the whole download.
   */
  async downloadMedia(mediaId: string, options: { maxBytes: number; signal: AbortSignal }): Promise<{ bytes: Buffer | "too-large"; fileName?: string }> {
    const api = "media/get";
    const attempt = async (token: string): Promise<{ bytes: Buffer | "too-large"; fileName?: string } | WecomAnswer> => {
      const url = `${this.options.apiBase}/cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(mediaId)}`;
      let res: Response;
      try {
        res = await this.fetchImpl(url, { method: "GET", signal: options.signal });
      } catch (error) {
        throw new DeliveryError("TEMPORARY", `${api}: ${error instanceof Error ? error.name : "network error"}`);
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw mapHttpStatus(res.status, api, res.headers.get("retry-after"));
      }
      if ((res.headers.get("content-type") ?? "").includes("json")) {
        const parsed = answerSchema.safeParse(await readJson(res, api));
        if (!parsed.success) throw new DeliveryError("TEMPORARY", `${api}: unexpected answer`);
        return parsed.data;
      }
      const fileName = fileNameOfDisposition(res.headers.get("content-disposition"));
      return { bytes: await readCapped(res, options.maxBytes), ...(fileName ? { fileName } : {}) };
    };
    const first = await this.accessToken();
    let answer = await attempt(first);
    if ("errcode" in answer && TOKEN_ERRCODES.has(answer.errcode)) {
      if (this.token?.value === first) this.token = undefined;
      answer = await attempt(await this.accessToken());
    }
    if ("errcode" in answer) {
      this.check(answer, api);
      throw new DeliveryError("PAYLOAD_REJECTED", `${api}: no file in the answer`);
    }
    return answer;
  }

  /** POSTs to a URL that carries its own key (the group robot webhook). */
  async postToWebhook(url: string, body: unknown): Promise<WecomAnswer> {
    return this.check(await this.post(url, body, "webhook/send"), "webhook/send");
  }

  private check(answer: WecomAnswer, api: string): WecomAnswer {
    if (answer.errcode !== 0) throw mapWecomErrcode(answer.errcode, answer.errmsg, api);
    return answer;
  }

  private async accessToken(): Promise<string> {
    const now = this.options.clock.now().getTime();
    if (this.token && this.token.expiresAt > now) return this.token.value;
    // Concurrent senders share one gettoken request.
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const url = `${this.options.apiBase}/cgi-bin/gettoken?corpid=${encodeURIComponent(this.options.corpId)}&corpsecret=${encodeURIComponent(this.options.secret)}`;
    const res = await this.request(url, { method: "GET" }, "gettoken");
    const parsed = tokenSchema.safeParse(await readJson(res, "gettoken"));
    if (!parsed.success) throw new DeliveryError("TEMPORARY", "gettoken: unexpected answer");
    const { errcode, errmsg, access_token, expires_in } = parsed.data;
    if (errcode !== 0 || !access_token) {
      const error = mapWecomErrcode(errcode, errmsg, "gettoken");
      // A wrong corp id or secret is not a token that can be refreshed.
      throw error.code === "TOKEN_EXPIRED" || error.code === "PAYLOAD_REJECTED" ? new DeliveryError("AUTH_INVALID", error.message) : error;
    }
    const lifetimeMs = (expires_in ?? 7200) * 1000;
    const now = this.options.clock.now().getTime();
    this.token = { value: access_token, expiresAt: now + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, lifetimeMs / 2) };
    return access_token;
  }

  private async post(url: string, body: unknown, api: string): Promise<WecomAnswer> {
    const res = await this.request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, api);
    const parsed = answerSchema.safeParse(await readJson(res, api));
    if (!parsed.success) throw new DeliveryError("TEMPORARY", `${api}: unexpected answer`);
    return parsed.data;
  }

  private async request(url: string, init: { method: string; headers?: Record<string, string>; body?: string | FormData }, api: string): Promise<Response> {
    let res: Response;
    try {
      res = await this.fetchImpl(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
    } catch (error) {
      throw new DeliveryError("TEMPORARY", `${api}: ${error instanceof Error ? error.name : "network error"}`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw mapHttpStatus(res.status, api, res.headers.get("retry-after"));
    }
    return res;
  }
}

async function readJson(res: Response, api: string): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    throw new DeliveryError("TEMPORARY", `${api}: answer is not JSON`);
  }
}
