import type * as WECHATY from "wechaty";
import type { NumberedChoices } from "../../domain/delivery/numbered-choices.js";
import { parseChoiceNumber } from "../../bot/parse/choice-number.js";
import type { InboundEvent } from "../../bot/types.js";
import { importMaxBytes } from "../../bot/imports/import-limit.js";
import type { AdapterDeps, ChannelAdapter } from "../channel-adapter.js";
import { type FetchedFile, type InboundFileStore, receiveFileEvent, refusedUpFront, storeFetched } from "../inbound-file.js";
import { readMessage, type WechatyOrigin } from "./to-inbound-event.js";
import { readWechatyConfig, type WechatyConfig } from "./wechaty.config.js";
import { WECHATY_MESSAGES } from "./wechaty.messages.js";
import { WECHATY_PLATFORM, WechatySender } from "./wechaty.sender.js";

export interface WechatyAdapterOptions {
  /** How to build the bot from the environment (WECHATY_PUPPET…). */
  config?: WechatyConfig;
  /** A ready Wechaty instance (tests, or an embedding app that owns the bot). Wins over the others. */
  wechaty?: WECHATY.Wechaty;
  /** A puppet instance to build the bot with (e.g. a PuppetMock with its Mocker in tests). */
  puppet?: WECHATY.Wechaty["puppet"];
}

/**
 * WeChat through Wechaty: a long-lived bot session (started in start(), stopped in stop()) whose
 * messages go through the durable inbox; replies go out as text through WechatySender.
 */
export class WechatyAdapter implements ChannelAdapter {
  readonly platform = WECHATY_PLATFORM;
  readonly sender: WechatySender;
  private readonly choices: NumberedChoices;
  private bot: WECHATY.Wechaty | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deps: AdapterDeps,
    private readonly options: WechatyAdapterOptions,
  ) {
    if (!options.wechaty && !options.puppet && !options.config) throw new Error("WechatyAdapter needs a config, a puppet or a Wechaty instance");
    this.bot = options.wechaty;
    this.choices = deps.stores.numberedChoices;
    this.sender = new WechatySender(() => this.wechaty, this.choices);
  }

  /** The running bot (after start(), or the injected one). */
  get wechaty(): WECHATY.Wechaty {
    if (!this.bot) throw new Error("the Wechaty adapter has not been started");
    return this.bot;
  }

  async start(): Promise<void> {
    const bot = this.bot ?? (await buildWechaty(this.options));
    this.bot = bot;
    const { logger } = this.deps;
    bot.on("scan", (qrcode, status) => logger.info(`wechaty: scan (${status}) https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`));
    bot.on("login", (user) => logger.info(`wechaty: logged in as ${user.name()}`));
    bot.on("logout", (user) => logger.warn(`wechaty: logged out (${user.name()})`));
    // Without a listener an 'error' event would end the process; a failed lookup must not.
    bot.on("error", (error) => logger.warn("wechaty: error", error));
    bot.on("message", (message) => {
      const handled = this.onMessage(message).catch((error) => logger.error("wechaty: message not recorded", error));
      this.inFlight.add(handled);
      void handled.finally(() => this.inFlight.delete(handled));
    });
    await bot.start();
  }

  async stop(): Promise<void> {
    await this.bot?.stop();
    await this.idle();
  }

  /** Resolves when every message received so far is in the inbox or was skipped. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Resolves once the message is in the inbox (or was skipped); the bot answers in the background. */
  async onMessage(message: WECHATY.Message): Promise<void> {
    const read = await readMessage(message);
    if (read.kind === "skip") return;
    if (read.kind === "non-text") return this.answerTextOnly(read.origin);
    if (read.kind === "file") return this.receiveFile(read.origin, message);
    const event = await this.toEvent(read.origin, read.text);
    await this.deps.inbox.receive(event, read.origin.target);
  }

  /** A reply of just a number presses the matching button of the last card sent to this person here. */
  private async toEvent(origin: WechatyOrigin, text: string): Promise<InboundEvent & { eventId: string }> {
    const { target, ...common } = origin;
    const n = parseChoiceNumber(text);
    const button =
      n === null
        ? null
        : await this.choices.claim({ platform: this.platform, conversationId: target.conversationId, platformUserId: common.user.platformUserId }, n);
    return button ? { type: "card.action", ...common, actionId: button.actionId, value: button.value } : { type: "message", ...common, text };
  }

  /**
   * A file sent in a direct chat: its bytes (message.toFileBox()) go into the files store before the
   * event is recorded, once per message id. Without a files store it is answered like a picture.
   */
  private async receiveFile(origin: WechatyOrigin, message: WECHATY.Message): Promise<void> {
    const store = this.deps.files;
    if (!store) return this.answerTextOnly(origin);
    const files = { store, maxBytes: importMaxBytes() };
    const { target, ...common } = origin;
    await receiveFileEvent(this.deps.inbox, files, { event: { type: "file", ...common }, target }, () =>
      withTimeout(fetchFileBox(message, files), WECHATY_FILE_FETCH_MS),
    );
  }

  /** Images, voice, files: answered once (a redelivery is recognized by its id) through the outbox. */
  private async answerTextOnly(origin: WechatyOrigin): Promise<void> {
    await this.deps.inbox.answerDirectly({ platform: this.platform, eventId: origin.eventId }, origin.target, { text: WECHATY_MESSAGES.textOnly() });
  }
}

async function buildWechaty({ puppet, config }: WechatyAdapterOptions): Promise<WECHATY.Wechaty> {
  // Loaded on start only: importing wechaty takes about two seconds.
  const { WechatyBuilder } = await import("wechaty");
  if (puppet) return WechatyBuilder.build({ puppet });
  if (!config) throw new Error("WechatyAdapter needs a config, a puppet or a Wechaty instance");
  return WechatyBuilder.build({
    puppet: config.puppet as WECHATY.OfficialPuppetNpmName,
    puppetOptions: { ...(config.token ? { token: config.token } : {}), ...(config.endpoint ? { endpoint: config.endpoint } : {}) },
    ...(config.name ? { name: config.name } : {}),
  });
}

/** Zero or one adapter, from the environment (app/channel-adapters.ts): on when WECHATY_PUPPET is set. */
export function wechatyAdaptersFromEnv(env: NodeJS.ProcessEnv, deps: AdapterDeps): ChannelAdapter[] {
  const config = readWechatyConfig(env);
  return config ? [createWechatyAdapter({ config }, deps)] : [];
}

/** Wechaty from a config, a puppet or a ready instance (tests, an embedding app). */
export function createWechatyAdapter(options: WechatyAdapterOptions, deps: AdapterDeps): WechatyAdapter {
  return new WechatyAdapter(deps, options);
}

/** No platform waits on a Wechaty message, but a puppet that never hands the file over must not hold the event forever. */
const WECHATY_FILE_FETCH_MS = 60_000;

/** The file's bytes from the puppet; a name that is no spreadsheet, or a known size over the limit, is answered without them. */
async function fetchFileBox(message: WECHATY.Message, files: InboundFileStore): Promise<FetchedFile> {
  const box = await message.toFileBox();
  const fileName = box.name || "file";
  // FileBox reports a size it does not know as 0 or -1.
  const refused = refusedUpFront(fileName, box.size > 0 ? box.size : undefined, files.maxBytes);
  if (refused) return refused;
  return storeFetched(fileName, await box.toBuffer(), files);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
