import type http from "node:http";
import { bodyParser } from "@koa/bodyparser";
import Router from "@koa/router";
import { decrypt, encrypt, getSignature } from "@wecom/crypto";
import Koa from "koa";
import { listen } from "../../app/http-server.js";

export interface WebhookSecrets {
  token: string;
  encodingAesKey: string;
}

/** What a member saw: a finished stream (with its card), a card replaced after a click, or an active answer. */
export interface WebhookSeen {
  kind: "stream" | "card-update" | "response-url";
  /** A stream's id: a redelivered message continues the same stream, which the chat shows as one message. */
  streamId?: string;
  /** The group's chatid, or the member's userid in a single chat. */
  chat: string;
  text: string;
  card?: Record<string, unknown>;
}

/**
 * WeCom's side of the smart bot's webhook mode: encrypts and signs JSON callbacks with the
 * independent @wecom/crypto (receive id empty), posts them to our callback URL, opens the encrypted
 * passive replies, polls a started stream as WeCom does until it is finished, and serves the
 * one-time response_url (a second POST to the same URL is refused, as WeCom does).
 */
export class FakeWecomBotWebhook {
  readonly seen: WebhookSeen[] = [];
  /** Every stream poll answer (progress included). */
  readonly polls: Record<string, unknown>[] = [];
  /** Errcode for POSTs to a response_url while set (e.g. 45009). */
  responseUrlErrcode: number | undefined;
  apiBase = "";
  private server: http.Server | undefined;
  private seq = 0;
  private readonly urlChats = new Map<string, string>();
  private readonly usedUrls = new Set<string>();

  constructor(
    private readonly secrets: WebhookSecrets,
    private readonly now: () => Date,
    /** Called between polls so the app can process and deliver (a fixed clock does not move on its own). */
    private readonly between: () => Promise<void> = () => new Promise((r) => setTimeout(r, 10)),
  ) {}

  appBase = "";

  async start(): Promise<string> {
    const app = new Koa();
    const router = new Router();
    router.post("/cgi-bin/aibot/response", (ctx) => {
      const code = String(ctx.query.response_code ?? "");
      const chat = this.urlChats.get(code);
      if (!chat || this.usedUrls.has(code)) {
        ctx.body = { errcode: 40001, errmsg: "invalid response_code" };
        return;
      }
      if (this.responseUrlErrcode !== undefined) {
        ctx.body = { errcode: this.responseUrlErrcode, errmsg: "scripted failure" };
        return;
      }
      this.usedUrls.add(code);
      const body = ctx.request.body as { msgtype?: string; markdown?: { content?: string }; template_card?: Record<string, unknown> };
      this.seen.push({
        kind: "response-url",
        chat,
        text: body.markdown?.content ?? "",
        ...(body.template_card ? { card: body.template_card } : {}),
      });
      ctx.body = { errcode: 0, errmsg: "ok" };
    });
    app.use(bodyParser()).use(router.routes());
    this.server = await listen(app, 0);
    const address = this.server.address();
    this.apiBase = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return this.apiBase;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The admin console's URL check: the app must echo the decrypted echostr. */
  async verifyUrl(echo: string, options: { badSignature?: boolean } = {}): Promise<{ status: number; text: string }> {
    const echostr = encrypt(this.secrets.encodingAesKey, echo, "");
    const { timestamp, nonce } = this.stamp();
    const signature = options.badSignature ? "f".repeat(40) : getSignature(this.secrets.token, timestamp, nonce, echostr);
    const res = await fetch(`${this.appBase}/wecom/bot/callback?${new URLSearchParams({ msg_signature: signature, timestamp, nonce, echostr })}`);
    return { status: res.status, text: await res.text() };
  }

  /** Posts one callback; returns the HTTP status and the decrypted passive reply (null when empty). */
  async post(plain: Record<string, unknown>, options: { token?: string } = {}): Promise<{ status: number; reply: Record<string, unknown> | null }> {
    const encrypted = encrypt(this.secrets.encodingAesKey, JSON.stringify(plain), "");
    const { timestamp, nonce } = this.stamp();
    const signature = getSignature(options.token ?? this.secrets.token, timestamp, nonce, encrypted);
    const res = await fetch(`${this.appBase}/wecom/bot/callback?${new URLSearchParams({ msg_signature: signature, timestamp, nonce })}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ encrypt: encrypted }),
    });
    const text = await res.text();
    if (res.status !== 200 || !text) return { status: res.status, reply: null };
    const answer = JSON.parse(text) as { encrypt: string; msgsignature: string; timestamp: string; nonce: string };
    if (getSignature(this.secrets.token, answer.timestamp, answer.nonce, answer.encrypt) !== answer.msgsignature)
      throw new Error("passive reply signature mismatch");
    return { status: res.status, reply: JSON.parse(decrypt(this.secrets.encodingAesKey, answer.encrypt).message) as Record<string, unknown> };
  }

  /** A member's text (in a group with chatId: the @mention included); polls the stream to its end like WeCom. */
  async text(userId: string, content: string, options: { chatId?: string; msgId?: string; maxPolls?: number } = {}): Promise<{ status: number }> {
    return this.message(userId, { msgtype: "text", text: { content } }, options);
  }

  /** A member's file: `url` serves it encrypted with the bot's EncodingAESKey (see FakeFileHost); polls the answer's stream. */
  async file(userId: string, url: string, options: { chatId?: string; msgId?: string; maxPolls?: number } = {}): Promise<{ status: number }> {
    return this.message(userId, { msgtype: "file", file: { url } }, options);
  }

  private async message(
    userId: string,
    content: Record<string, unknown>,
    options: { chatId?: string; msgId?: string; maxPolls?: number },
  ): Promise<{ status: number }> {
    const msgid = options.msgId ?? `msg${++this.seq}`;
    const chat = options.chatId ?? userId;
    const { status, reply } = await this.post({
      msgid,
      aibotid: "aibot-webhook",
      ...(options.chatId ? { chatid: options.chatId, chattype: "group" } : { chattype: "single" }),
      from: { userid: userId },
      response_url: this.responseUrl(chat),
      ...content,
    });
    const stream = (reply?.stream ?? null) as { id: string; finish?: boolean } | null;
    if (!stream) return { status };
    for (let i = 0; i < (options.maxPolls ?? 200); i++) {
      await this.between();
      const poll = await this.post({ msgid: `${msgid}-poll${i}`, aibotid: "aibot-webhook", msgtype: "stream", stream: { id: stream.id } });
      const answer = poll.reply as { msgtype: string; stream: { finish: boolean; content?: string }; template_card?: Record<string, unknown> };
      this.polls.push(answer);
      if (answer.stream.finish) {
        this.seen.push({
          kind: "stream",
          streamId: stream.id,
          chat,
          text: answer.stream.content ?? "",
          ...(answer.template_card ? { card: answer.template_card } : {}),
        });
        break;
      }
    }
    return { status };
  }

  /** A member presses a template card button; a passive update replaces the card for everyone in the chat. */
  async click(
    userId: string,
    button: { taskId: string; key: string },
    options: { chatId?: string; msgId?: string } = {},
  ): Promise<{ status: number; reply: Record<string, unknown> | null }> {
    const chat = options.chatId ?? userId;
    const result = await this.post({
      msgid: options.msgId ?? `click${++this.seq}`,
      aibotid: "aibot-webhook",
      ...(options.chatId ? { chatid: options.chatId, chattype: "group" } : { chattype: "single" }),
      from: { userid: userId },
      response_url: this.responseUrl(chat),
      msgtype: "event",
      event: { eventtype: "template_card_event", template_card_event: { card_type: "button_interaction", event_key: button.key, task_id: button.taskId } },
    });
    const card = result.reply?.template_card as Record<string, unknown> | undefined;
    if (result.reply?.response_type === "update_template_card" && card) this.seen.push({ kind: "card-update", chat, text: "", card });
    return result;
  }

  private responseUrl(chat: string): string {
    const code = `rc${++this.seq}`;
    this.urlChats.set(code, chat);
    return `${this.apiBase}/cgi-bin/aibot/response?response_code=${code}`;
  }

  private stamp() {
    this.seq += 1;
    return { timestamp: String(Math.floor(this.now().getTime() / 1000)), nonce: String(100000 + this.seq) };
  }
}
