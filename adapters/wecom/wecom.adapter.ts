import type { AdapterDeps, ChannelAdapter } from "../channel-adapter.js";
import { WECOM_PLATFORM } from "./to-inbound-event.js";
import { type FetchLike, WecomApiClient } from "./wecom-api.client.js";
import { wecomCallbackRoutes } from "./wecom-callback.routes.js";
import { type WecomConfig, readWecomConfig } from "./wecom.config.js";
import { WecomSender } from "./wecom.sender.js";

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
    sender: new WecomSender(api, config, deps.clock, deps.stores.sendWindow()),
    routes: wecomCallbackRoutes({ config, inbox: deps.inbox, clock: deps.clock, logger: deps.logger }),
  };
}

/** Zero or one adapter, from the environment (app/channel-adapters.ts). */
export function wecomAdaptersFromEnv(env: NodeJS.ProcessEnv, deps: AdapterDeps): ChannelAdapter[] {
  const result = readWecomConfig(env);
  if (!result.enabled) {
    // Only worth a word when someone started configuring WeCom and missed a variable.
    if (result.missing.length < 5) deps.logger.warn(`wecom: disabled, missing ${result.missing.join(", ")}`);
    return [];
  }
  deps.logger.info(`wecom: enabled for corp ${result.config.corpId}, agent ${result.config.agentId}`);
  return [createWecomAdapter(result.config, deps)];
}
