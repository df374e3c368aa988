import type { AdapterDeps, ChannelAdapter } from "../channel-adapter.js";
import { WECOM_PLATFORM } from "./to-inbound-event.js";
import { type FetchLike, WecomApiClient } from "./wecom-api.client.js";
import { wecomCallbackRoutes } from "./wecom-callback.routes.js";
import { type WecomConfig, readWecomConfig } from "./wecom.config.js";
import { WecomSender } from "./wecom.sender.js";
import { SharedResponseCodes } from "./wecom-response-codes.js";
import { WecomBotClicks } from "./wecom-bot-clicks.js";
import { WecomBotConnection } from "./wecom-bot.connection.js";
import { type WecomBotConfig, readWecomBotConfig } from "./wecom-bot.config.js";
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
    routes: wecomCallbackRoutes({ config, inbox: deps.inbox, clock: deps.clock, logger: deps.logger }),
  };
}

/**
 * The WeCom smart bot (智能机器人) over its long connection: single and group chats (an @mention in a
 * group), template cards with buttons in groups too. No public URL is needed.
 */
export function createWecomBotAdapter(
  config: WecomBotConfig,
  deps: Pick<AdapterDeps, "inbox" | "logger">,
): ChannelAdapter & { connection: WecomBotConnection } {
  const clicks = new WecomBotClicks();
  const connection = new WecomBotConnection(config, deps, clicks);
  return {
    platform: WECOM_BOT_PLATFORM,
    sender: new WecomBotSender(connection.client, clicks),
    connection,
    start: () => connection.start(),
    stop: () => connection.stop(),
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
  if (bot.enabled) {
    deps.logger.info(`wecom-bot: enabled for bot ${bot.config.botId}`);
    adapters.push(createWecomBotAdapter(bot.config, deps));
  } else if (bot.missing.length === 1) {
    deps.logger.warn(`wecom-bot: disabled, missing ${bot.missing.join(", ")}`);
  }
  return adapters;
}
