import { importMaxBytes } from "../../bot/imports/import-limit.js";
import type { AdapterDeps, ChannelAdapter } from "../channel-adapter.js";
import { OutboundAllowList } from "../outbound-allow-list.js";
import { WECOM_PLATFORM } from "./to-inbound-event.js";
import { type FetchLike, WecomApiClient } from "./wecom-api.client.js";
import { wecomCallbackRoutes } from "./wecom-callback.routes.js";
import { type WecomConfig, readWecomConfig } from "./wecom.config.js";
import { WecomSender } from "./wecom.sender.js";
import { SharedResponseCodes } from "./wecom-response-codes.js";
import { WecomBotClicks } from "./wecom-bot-clicks.js";
import { WecomBotConnection } from "./wecom-bot.connection.js";
import { type WecomBotConfig, type WecomBotWebhookConfig, readWecomBotConfig } from "./wecom-bot.config.js";
import { WecomBotWebhookClicks } from "./wecom-bot-webhook-clicks.js";
import { wecomBotWebhookRoutes } from "./wecom-bot-webhook.routes.js";
import { WecomBotWebhookSender } from "./wecom-bot-webhook.sender.js";
import { WecomBotSender } from "./wecom-bot.sender.js";
import { WECOM_BOT_PLATFORM } from "./wecom-bot-to-event.js";

/** The WeCom (企业微信) self-built app channel: callback routes in, message/send and the group robot out. */
export function createWecomAdapter(config: WecomConfig, deps: AdapterDeps, options: { fetch?: FetchLike } = {}): ChannelAdapter {
  const api = new WecomApiClient({
    apiBase: config.apiBase,
    corpId: config.corpId,
    secret: config.secret,
    clock: deps.clock,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    platform: WECOM_PLATFORM,
    // The group robot's 20-a-minute window is kept in the database: one cap for every instance.
    // Members' caps too: WeCom drops what passes them without an error.
    sender: new WecomSender(
      api,
      config,
      deps.clock,
      deps.stores.sendWindow(),
      config.memberCaps.map((cap) => deps.stores.sendWindow(cap.limit, cap.windowMs)),
      new SharedResponseCodes(deps.stores.signatureLedger(deps.logger), deps.clock),
    ),
    routes: wecomCallbackRoutes({
      config,
      inbox: deps.inbox,
      clock: deps.clock,
      logger: deps.logger,
      ...(deps.files ? { files: { store: deps.files, maxBytes: importMaxBytes(), api } } : {}),
      customers: api,
    }),
  };
}

/**
 * The WeCom smart bot (智能机器人) over its long connection: single and group chats (an @mention in a
 * group), template cards with buttons in groups too. No public URL is needed.
 */
export function createWecomBotAdapter(
  config: WecomBotConfig,
  deps: Pick<AdapterDeps, "inbox" | "logger" | "files">,
): ChannelAdapter & { connection: WecomBotConnection } {
  const clicks = new WecomBotClicks();
  const connection = new WecomBotConnection(config, { inbox: deps.inbox, logger: deps.logger, ...botFiles(config, deps) }, clicks);
  return {
    platform: WECOM_BOT_PLATFORM,
    sender: new WecomBotSender(connection.client, clicks),
    connection,
    start: () => connection.start(),
    stop: () => connection.stop(),
  };
}

/**
 * The smart bot in webhook mode (encrypted JSON callbacks to /wecom/bot/callback): it answers
 * messages (a stream WeCom polls) and clicks (the updated card); it cannot post unasked.
 */
export function createWecomBotWebhookAdapter(config: WecomBotWebhookConfig, deps: AdapterDeps): ChannelAdapter {
  const clicks = new WecomBotWebhookClicks();
  const streams = deps.stores.replyStreams;
  const sender = new WecomBotWebhookSender({ streams, clicks, ledger: deps.stores.signatureLedger(deps.logger), clock: deps.clock, apiBase: config.apiBase });
  return {
    platform: WECOM_BOT_PLATFORM,
    sender,
    routes: wecomBotWebhookRoutes({ config, inbox: deps.inbox, clock: deps.clock, streams, clicks, sender, logger: deps.logger, ...botFiles(config, deps) }),
  };
}

/** Where files people send the smart bot are kept, and the hosts their URLs may point at. */
function botFiles(config: { fileHosts: string[] }, deps: Pick<AdapterDeps, "files" | "logger">) {
  if (!deps.files) return {};
  return {
    files: { store: { store: deps.files, maxBytes: importMaxBytes() }, allowList: new OutboundAllowList("wecom-bot", config.fileHosts, deps.logger) },
  };
}

/** The self-built app and the smart bot, each when its variables are set (app/channel-adapters.ts). */
export function wecomAdaptersFromEnv(env: NodeJS.ProcessEnv, deps: AdapterDeps): ChannelAdapter[] {
  const adapters: ChannelAdapter[] = [];
  const result = readWecomConfig(env);
  if (result.enabled) {
    deps.logger.info(`wecom: enabled for corp ${result.config.corpId}, agent ${result.config.agentId}`);
    adapters.push(createWecomAdapter(result.config, deps));
  } else if (result.missing.length < 5) {
    // Only worth a word when someone started configuring the app and missed a variable.
    deps.logger.warn(`wecom: app disabled, missing ${result.missing.join(", ")}`);
  }
  const bot = readWecomBotConfig(env);
  if (!bot.enabled) {
    if (bot.missing.length === 1) deps.logger.warn(`wecom-bot: disabled, missing ${bot.missing.join(", ")}`);
  } else if (bot.config.mode === "webhook") {
    deps.logger.info("wecom-bot: enabled in webhook mode at /wecom/bot/callback");
    adapters.push(createWecomBotWebhookAdapter(bot.config, deps));
  } else {
    deps.logger.info(`wecom-bot: enabled for bot ${bot.config.botId}`);
    adapters.push(createWecomBotAdapter(bot.config, deps));
  }
  return adapters;
}
