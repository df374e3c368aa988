import { InFlight } from "../in-flight.js";
import { WSClient, type WsFrame } from "@wecom/aibot-node-sdk";
import type { Inbox } from "../../bot/inbox.js";
import type { AdapterDeps } from "../channel-adapter.js";
import type { WecomBotClicks } from "./wecom-bot-clicks.js";
import type { WecomBotConfig } from "./wecom-bot.config.js";
import { type InboundFileStore, receiveFileEvent } from "../inbound-file.js";
import type { OutboundAllowList } from "../outbound-allow-list.js";
import { fetchBotFile } from "./wecom-bot-file.js";
import { botCardEventSchema, botFileMessageSchema, botTextMessageSchema, botVoiceMessageSchema } from "./wecom-bot-frame.schema.js";
import { botCardEventToEvent, botFileToEvent, botMessageToEvent, type NormalizedBotEvent } from "./wecom-bot-to-event.js";

/** How long start() waits for the first authentication before the app goes on (the SDK keeps retrying). */
const FIRST_AUTH_WAIT_MS = 5_000;

/**
 * The smart bot's long connection (no public URL): the official SDK authenticates with the bot id
 * and secret, keeps a heartbeat and reconnects with back-off. Each text, voice or card click is
 * checked, normalized and recorded in the durable inbox; replies go out through WecomBotSender on
 * the same connection. A file is fetched first (see receiveFile). Messages the bot cannot act on
 * (pictures, feedback) are dropped.
 */
export class WecomBotConnection {
  readonly client: WSClient;
  private readonly inFlight = new InFlight();

  constructor(
    private readonly config: WecomBotConfig,
    private readonly deps: {
      inbox: Pick<Inbox, "receive" | "isRecorded">;
      logger: AdapterDeps["logger"];
      /** Files people send the bot go here (from the allowed hosts only); without it they are dropped. */
      files?: { store: InboundFileStore; allowList: OutboundAllowList };
    },
    private readonly clicks: WecomBotClicks,
  ) {
    const log = deps.logger;
    this.client = new WSClient({
      botId: config.botId,
      secret: config.secret,
      wsUrl: config.wsUrl,
      maxReconnectAttempts: -1,
      logger: { debug: () => {}, info: () => {}, warn: (m, ...a) => log.warn(`wecom-bot: ${m}`, a[0]), error: (m, ...a) => log.error(`wecom-bot: ${m}`, a[0]) },
    });
    this.client.on("message.text", (frame) => this.inFlight.track(this.receive(frame, "message")));
    this.client.on("message.voice", (frame) => this.inFlight.track(this.receive(frame, "message")));
    this.client.on("event.template_card_event", (frame) => this.inFlight.track(this.receive(frame, "click")));
    this.client.on("message.file", (frame) => this.inFlight.track(this.receiveFile(frame)));
    // A replayed failure is logged by the SDK; an error event without a listener would end the process.
    this.client.on("error", (error) => log.warn("wecom-bot: connection error", error.message));
  }

  async start(): Promise<void> {
    const authenticated = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), FIRST_AUTH_WAIT_MS);
      this.client.once("authenticated", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    this.client.connect();
    const ok = await authenticated;
    this.deps.logger.info(`wecom-bot: long connection ${ok ? "authenticated" : "still connecting (the SDK keeps trying)"}`);
  }

  async stop(): Promise<void> {
    this.client.disconnect();
    await this.settled();
  }

  /** Resolves when every frame received so far is recorded (and acknowledged). */
  settled(): Promise<void> {
    return this.inFlight.settled();
  }

  private async receive(frame: WsFrame, kind: "message" | "click"): Promise<void> {
    const normalized = this.normalize(frame, kind);
    if (!normalized) return;
    try {
      await this.deps.inbox.receive(normalized.event, normalized.target);
    } catch (error) {
      this.deps.logger.error("wecom-bot: could not record an event", error);
    }
  }

  /** A file: fetched (its link's aeskey decrypts it) into the files store before its event is recorded, once per msgid. */
  private async receiveFile(frame: WsFrame): Promise<void> {
    const parsed = botFileMessageSchema.safeParse(frame.body);
    if (!parsed.success) return void this.unreadable("file", parsed.error.issues);
    const files = this.deps.files;
    if (!files) return;
    const { file } = parsed.data;
    try {
      await receiveFileEvent(this.deps.inbox, files.store, botFileToEvent(parsed.data, this.config.tenantId), () =>
        fetchBotFile({ url: file.url, key: file.aeskey }, { allowList: files.allowList, files: files.store }),
      );
    } catch (error) {
      this.deps.logger.error("wecom-bot: could not record a file", error);
    }
  }

  private normalize(frame: WsFrame, kind: "message" | "click"): NormalizedBotEvent | null {
    const reqId = frame.headers?.req_id ?? "";
    if (kind === "click") {
      const parsed = botCardEventSchema.safeParse(frame.body);
      if (!parsed.success) return this.unreadable(kind, parsed.error.issues);
      const normalized = botCardEventToEvent(parsed.data, reqId, this.config.tenantId);
      const taskId = parsed.data.event.template_card_event?.task_id ?? parsed.data.event.task_id;
      // Remembered before the event is processed: the reply that follows answers this frame.
      if (normalized && taskId && reqId) this.clicks.remember(taskId, reqId);
      return normalized;
    }
    const parsed =
      (frame.body as { msgtype?: string } | undefined)?.msgtype === "voice"
        ? botVoiceMessageSchema.safeParse(frame.body)
        : botTextMessageSchema.safeParse(frame.body);
    if (!parsed.success) return this.unreadable(kind, parsed.error.issues);
    return botMessageToEvent(parsed.data, this.config.tenantId);
  }

  private unreadable(kind: string, issues: { path: PropertyKey[]; message: string }[]): null {
    this.deps.logger.warn(`wecom-bot: unreadable ${kind}`, issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    return null;
  }
}
