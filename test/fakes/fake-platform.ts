import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Reply } from "../../bot/types.js";
import { type ChannelSender, DeliveryError, type DeliveryTarget } from "../../bot/delivery/channel-sender.js";

export interface RecordedPost {
  conversationId: string;
  text: string;
}

/**
 * A chat platform's message API over real HTTP that records what it was sent and can be taken
 * down: while `outage` says so it answers 500 or 429 (with Retry-After), as Slack, WeCom and
 * DingTalk do when overloaded. Platform adapters can point their base URL at it after the merge.
 */
export class FakePlatform {
  readonly received: RecordedPost[] = [];
  /** Requests refused during the outage, by status. */
  readonly refused = { 500: 0, 429: 0 };
  /** Decides per request whether the platform is down, and how. */
  outage: () => 500 | 429 | null = () => null;
  retryAfterSeconds = 30;
  private server: http.Server | undefined;
  url = "";

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const down = this.outage();
        if (down === 429) {
          this.refused[429] += 1;
          res.writeHead(429, { "retry-after": String(this.retryAfterSeconds), "content-type": "application/json" }).end('{"ok":false,"error":"ratelimited"}');
          return;
        }
        if (down === 500) {
          this.refused[500] += 1;
          res.writeHead(500).end("internal error");
          return;
        }
        const post = JSON.parse(body) as RecordedPost;
        this.received.push(post);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, ts: String(this.received.length) }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The texts one chat received, in order. */
  chat(conversationId: string): string[] {
    return this.received.filter((p) => p.conversationId === conversationId).map((p) => p.text);
  }
}

/** A ChannelSender for the fake platform that maps HTTP failures the way real adapters do. */
export class FakePlatformSender implements ChannelSender {
  readonly capabilities = { updateInPlace: false };

  constructor(
    private readonly baseUrl: () => string,
    readonly platform = "fake",
  ) {}

  async send(target: DeliveryTarget, reply: Reply) {
    const res = await fetch(`${this.baseUrl()}/chat.postMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: target.conversationId, text: reply.text ?? "" }),
    });
    if (res.status === 429) {
      const seconds = Number(res.headers.get("retry-after") ?? "1");
      throw new DeliveryError("RATE_LIMITED", "429 from platform", seconds * 1000);
    }
    if (res.status >= 500) throw new DeliveryError("TEMPORARY", `${res.status} from platform`);
    if (!res.ok) throw new DeliveryError("PAYLOAD_REJECTED", `${res.status} from platform`);
    const json = (await res.json()) as { ts: string };
    return { messageRef: json.ts };
  }
}
