import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface BotFrame {
  cmd?: string;
  headers: { req_id: string };
  body?: Record<string, unknown>;
  /** False when the gateway refused it (failNext). */
  acked?: boolean;
}

/**
 * The WeCom smart bot's long-connection gateway, as the official SDK talks to it: the client's
 * `aibot_subscribe` frame is checked against the bot id and secret; `ping`, sends, card updates and
 * upload steps are recorded and acknowledged with `{ headers: { req_id }, errcode }`; the test
 * pushes member messages and card clicks as `aibot_msg_callback` / `aibot_event_callback` frames.
 */
export class FakeWecomBot {
  /** Every frame the bot sent after authenticating (not pings). */
  readonly frames: BotFrame[] = [];
  /** Errcodes to answer the next sends with (then 0 again), e.g. 45009 for "rate limited". */
  failNext: number[] = [];
  authenticated = 0;
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private uploads = new Map<string, { filename: string; chunks: string[] }>();
  readonly files = new Map<string, { filename: string; data: Buffer }>();
  url = "";

  constructor(private readonly bot: { botId: string; secret: string }) {}

  async start(): Promise<void> {
    this.server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => this.server!.once("listening", () => resolve()));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.server.on("connection", (socket) => {
      socket.on("message", (data) => this.onFrame(socket, JSON.parse(String(data)) as BotFrame));
    });
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Resolves once a client has authenticated (the adapter's start waits for it too). */
  async connected(): Promise<void> {
    for (let i = 0; i < 200 && !this.socket; i++) await new Promise((r) => setTimeout(r, 10));
    if (!this.socket) throw new Error("the bot never authenticated");
  }

  /** A member's text, in a single chat or (with chatId) a group where they @mention the bot. */
  text(userId: string, content: string, options: { chatId?: string; msgId?: string } = {}): string {
    const msgid = options.msgId ?? randomBytes(8).toString("hex");
    this.push("aibot_msg_callback", {
      msgid,
      aibotid: this.bot.botId,
      ...(options.chatId ? { chatid: options.chatId, chattype: "group" } : { chattype: "single" }),
      from: { userid: userId },
      msgtype: "text",
      text: { content },
      response_url: `https://qyapi.example/cgi-bin/aibot/response?response_code=${msgid}`,
    });
    return msgid;
  }

  /** A member's file: `url` serves it encrypted with `aeskey` (one key per link, as the long connection sends it). */
  file(userId: string, file: { url: string; aeskey: string }, options: { chatId?: string; msgId?: string } = {}): string {
    const msgid = options.msgId ?? randomBytes(8).toString("hex");
    this.push("aibot_msg_callback", {
      msgid,
      aibotid: this.bot.botId,
      ...(options.chatId ? { chatid: options.chatId, chattype: "group" } : { chattype: "single" }),
      from: { userid: userId },
      msgtype: "file",
      file,
    });
    return msgid;
  }

  /** A click on a template card button; returns the frame's req_id (the one an update must answer). */
  click(userId: string, card: { taskId: string; key: string }, options: { chatId?: string; msgId?: string } = {}): string {
    return this.push("aibot_event_callback", {
      msgid: options.msgId ?? randomBytes(8).toString("hex"),
      create_time: Math.floor(Date.now() / 1000),
      aibotid: this.bot.botId,
      ...(options.chatId ? { chatid: options.chatId, chattype: "group" } : { chattype: "single" }),
      from: { userid: userId },
      msgtype: "event",
      event: { eventtype: "template_card_event", template_card_event: { card_type: "button_interaction", event_key: card.key, task_id: card.taskId } },
    });
  }

  push(cmd: string, body: Record<string, unknown>, reqId = `${cmd}_${randomBytes(6).toString("hex")}`): string {
    if (!this.socket) throw new Error("no authenticated bot connection");
    this.socket.send(JSON.stringify({ cmd, headers: { req_id: reqId }, body }));
    return reqId;
  }

  /** Messages sent to one chat (a group's chatid or a member's userid), in order. */
  sentTo(chatId: string): Record<string, unknown>[] {
    return this.frames.filter((f) => f.cmd === "aibot_send_msg" && f.body?.chatid === chatId).map((f) => f.body!);
  }

  private onFrame(socket: WebSocket, frame: BotFrame): void {
    const ack = (errcode = 0, body?: Record<string, unknown>) =>
      socket.send(JSON.stringify({ headers: { req_id: frame.headers.req_id }, errcode, errmsg: errcode === 0 ? "ok" : "refused", ...(body ? { body } : {}) }));
    if (frame.cmd === "aibot_subscribe") {
      const ok = frame.body?.bot_id === this.bot.botId && frame.body?.secret === this.bot.secret;
      if (ok) {
        this.socket = socket;
        this.authenticated += 1;
      }
      return ack(ok ? 0 : 40001);
    }
    if (socket !== this.socket) return ack(40001);
    if (frame.cmd === "ping") return ack();
    this.frames.push(frame);
    if (frame.cmd === "aibot_upload_media_init") {
      const uploadId = randomBytes(6).toString("hex");
      this.uploads.set(uploadId, { filename: String(frame.body?.filename), chunks: [] });
      return ack(0, { upload_id: uploadId });
    }
    if (frame.cmd === "aibot_upload_media_chunk") {
      this.uploads.get(String(frame.body?.upload_id))?.chunks.splice(Number(frame.body?.chunk_index), 1, String(frame.body?.base64_data));
      return ack();
    }
    if (frame.cmd === "aibot_upload_media_finish") {
      const upload = this.uploads.get(String(frame.body?.upload_id));
      const mediaId = `media_${randomBytes(6).toString("hex")}`;
      if (upload) this.files.set(mediaId, { filename: upload.filename, data: Buffer.concat(upload.chunks.map((c) => Buffer.from(c, "base64"))) });
      return ack(0, { type: "file", media_id: mediaId, created_at: String(Date.now()) });
    }
    const failure = this.failNext.shift();
    if (failure) frame.acked = false;
    return ack(failure ?? 0);
  }
}
