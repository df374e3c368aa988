import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Clock } from "../../domain/shared/clock.js";
import { mapDingTalkError, retryAfterMs } from "./map-error.js";

/** Renew the app token this long before DingTalk says it expires. */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;

/**
 * The DingTalk OpenAPI (api.dingtalk.com) with an app access token: fetched with appKey/appSecret,
 * cached until shortly before it expires, and fetched again once when a call says it expired.
 */
export class DingTalkApiClient {
  private token: { value: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly options: { apiBase: string; appKey: string; appSecret: string; oapiBase?: string },
    private readonly clock: Clock,
  ) {}

  /** The configured DingTalk hosts (OpenAPI and legacy oapi): the only ones a payload URL may point at. */
  get bases(): string[] {
    return [this.options.apiBase, this.options.oapiBase ?? "https://oapi.dingtalk.com"];
  }

  /** Calls an OpenAPI method; resolves with the JSON body or throws a DeliveryError. */
  async call(method: "POST" | "PUT", path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    try {
      return await this.callOnce(method, path, body, await this.accessToken(), signal);
    } catch (error) {
      if (!(error instanceof DeliveryError) || error.code !== "TOKEN_EXPIRED") throw error;
      this.token = undefined;
      return this.callOnce(method, path, body, await this.accessToken(), signal);
    }
  }

  /**
   * Uploads a file to the legacy media store (oapi /media/upload, multipart field "media") with the same
   * app token and returns its media_id, which robot messages take as mediaId (msgKey sampleFile) or, for an
   * image, as photoURL (msgKey sampleImageMsg).
   */
  async uploadMedia(type: "file" | "image", fileName: string, mimeType: string, data: Uint8Array): Promise<string> {
    const once = async (token: string): Promise<string> => {
      const form = new FormData();
      form.append("media", new Blob([new Uint8Array(data)], { type: mimeType }), fileName);
      const base = this.options.oapiBase ?? "https://oapi.dingtalk.com";
      let res: Response;
      try {
        res = await fetch(`${base}/media/upload?access_token=${encodeURIComponent(token)}&type=${type}`, { method: "POST", body: form });
      } catch (error) {
        throw new DeliveryError("TEMPORARY", `DingTalk media/upload unreachable: ${String(error)}`);
      }
      const json = (await res.json().catch(() => ({}))) as { errcode?: number; errmsg?: string; media_id?: unknown };
      const errcode = json.errcode ?? 0;
      if (res.ok && errcode === 0 && typeof json.media_id === "string" && json.media_id) return json.media_id;
      // oapi answers HTTP 200 with an errcode: 40014/42001 are a bad or expired token, 90018/90002 call limits.
      if (errcode === 40014 || errcode === 42001) throw new DeliveryError("TOKEN_EXPIRED", `media/upload ${errcode}`);
      if (errcode === 90018 || errcode === 90002 || res.status === 429) throw new DeliveryError("RATE_LIMITED", `media/upload ${errcode}`, 60_000);
      if (errcode === -1 || res.status >= 500) throw new DeliveryError("TEMPORARY", `media/upload ${res.status} ${errcode}`);
      throw new DeliveryError("PAYLOAD_REJECTED", `media/upload ${res.status} ${errcode} ${json.errmsg ?? ""}`.trim());
    };
    try {
      return await once(await this.accessToken());
    } catch (error) {
      if (!(error instanceof DeliveryError) || error.code !== "TOKEN_EXPIRED") throw error;
      this.token = undefined;
      return once(await this.accessToken());
    }
  }

  async accessToken(): Promise<string> {
    const now = this.clock.now().getTime();
    if (this.token && this.token.expiresAt - TOKEN_MARGIN_MS > now) return this.token.value;
    // One fetch at a time: concurrent sends share it.
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const json = await this.request("POST", "/v1.0/oauth2/accessToken", { appKey: this.options.appKey, appSecret: this.options.appSecret });
    const record = json as { accessToken?: unknown; expireIn?: unknown };
    if (typeof record.accessToken !== "string" || record.accessToken.length === 0) {
      throw new DeliveryError("AUTH_INVALID", "DingTalk returned no accessToken");
    }
    const expireIn = typeof record.expireIn === "number" ? record.expireIn : 7200;
    this.token = { value: record.accessToken, expiresAt: this.clock.now().getTime() + expireIn * 1000 };
    return record.accessToken;
  }

  private callOnce(method: "POST" | "PUT", path: string, body: unknown, token: string, signal?: AbortSignal): Promise<unknown> {
    return this.request(method, path, body, { "x-acs-dingtalk-access-token": token }, signal);
  }

  private async request(method: string, path: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.options.apiBase}${path}`, {
        method,
        headers: { "content-type": "application/json", accept: "application/json", ...headers },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw new DeliveryError("TEMPORARY", `DingTalk unreachable: ${String(error)}`);
    }
    const json: unknown = await res.json().catch(() => ({}));
    if (res.ok) return json;
    const { code, message } = json as { code?: string; message?: string };
    const wait = retryAfterMs(res.headers.get("retry-after"), this.clock.now());
    throw mapDingTalkError({
      status: res.status,
      ...(code !== undefined ? { code } : {}),
      ...(message !== undefined ? { message } : {}),
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    });
  }
}
