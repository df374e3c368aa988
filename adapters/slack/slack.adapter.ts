import { importMaxBytes } from "../../bot/imports/import-limit.js";
import { App, type Authorize, LogLevel, type webApi } from "@slack/bolt";
import { DurableSocketModeReceiver } from "./durable-socket-mode-receiver.js";
import type { AdapterDeps, ChannelAdapter } from "../channel-adapter.js";
import { KoaReceiver } from "./koa-receiver.js";
import { registerSlackListeners } from "./slack.listeners.js";
import { loadSlackConfig, type SlackConfig } from "./slack.config.js";
import { SlackProfiles } from "./slack-profiles.js";
import { OutboundAllowList } from "../outbound-allow-list.js";
import { SLACK_FILES_BASE, SLACK_HOOKS_BASE, SlackSender } from "./slack.sender.js";

/** Zero or one adapter, from the environment (app/channel-adapters.ts). */
export function slackAdaptersFromEnv(env: NodeJS.ProcessEnv, deps: AdapterDeps): ChannelAdapter[] {
  const config = loadSlackConfig(env);
  return config ? [createSlackAdapter(config, deps)] : [];
}

/** Slack over HTTP (a Bolt receiver on our koa app, POST /slack/events) or Socket Mode when SLACK_APP_TOKEN is set. */
export function createSlackAdapter(config: SlackConfig, deps: AdapterDeps) {
  const receiver = config.appToken
    ? new DurableSocketModeReceiver({
        appToken: config.appToken,
        logLevel: LogLevel.WARN,
        // apps.connections.open (which hands out the WebSocket URL) goes to the same configurable API base.
        installerOptions: { clientOptions: config.apiUrl ? { slackApiUrl: config.apiUrl } : {} },
      })
    : new KoaReceiver({ signingSecret: config.signingSecret, logger: deps.logger });
  const app: App = new App({
    receiver,
    authorize: cachedAuthorize(config, deps, () => app.client),
    logLevel: LogLevel.WARN,
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      // The outbox owns retries (with Slack's Retry-After): the client must fail at once instead of waiting.
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: 10_000,
    },
  });
  const profiles = new SlackProfiles(app.client, config.botToken, deps.logger);
  // Shared files come from files.slack.com (or the configured API base, the tests' fake), fetched with the bot token.
  const fileHosts = new OutboundAllowList("slack", [SLACK_FILES_BASE, ...(config.apiUrl ? [config.apiUrl] : [])], deps.logger);
  registerSlackListeners(app, {
    inbox: deps.inbox,
    forms: deps.forms,
    client: app.client,
    token: config.botToken,
    profiles,
    logger: deps.logger,
    ...(deps.files ? { files: { store: deps.files, allowList: fileHosts, maxBytes: importMaxBytes() } } : {}),
  });
  // response_url lives on hooks.slack.com; a configured API base (a proxy, the tests' fake) is trusted too.
  const allowList = new OutboundAllowList("slack", [SLACK_HOOKS_BASE, ...(config.apiUrl ? [config.apiUrl] : [])], deps.logger);
  const sender = new SlackSender(app.client, config.botToken, fetch, allowList);
  const http = receiver instanceof KoaReceiver ? receiver : null;
  return {
    platform: "slack",
    sender,
    app,
    ...(http ? { routes: http.routes } : {}),
    async start() {
      // Socket Mode opens its WebSocket here; over HTTP the shared server already listens.
      if (!http) await app.start();
    },
    async stop() {
      if (!http) await app.stop();
    },
  } satisfies ChannelAdapter & { app: App };
}

/**
 * One workspace, one bot token. The bot's own ids (which Bolt's ignoreSelf needs) come from
 * auth.test, asked once and cached; until it answers, events still go through with the token,
 * so a slow or failing auth.test never drops an event (Bolt acks and skips events whose
 * authorization fails).
 */
function cachedAuthorize(config: SlackConfig, deps: AdapterDeps, client: () => webApi.WebClient): Authorize<boolean> {
  let ids: { botId?: string; botUserId?: string; teamId?: string } | undefined;
  let pending: Promise<void> | undefined;
  return async () => {
    if (!ids && !pending) {
      pending = client()
        .auth.test({ token: config.botToken })
        .then((result) => {
          ids = {
            ...(result.bot_id ? { botId: result.bot_id } : {}),
            ...(result.user_id ? { botUserId: result.user_id } : {}),
            ...(result.team_id ? { teamId: result.team_id } : {}),
          };
        })
        .catch((error: unknown) => deps.logger.warn("slack: auth.test failed", error instanceof Error ? error.message : error))
        .finally(() => {
          pending = undefined;
        });
    }
    return { botToken: config.botToken, ...(ids ?? {}) };
  };
}
