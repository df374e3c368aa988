import { importMaxBytes } from "../../bot/imports/import-limit.js";
import type { AdapterDeps, ChannelAdapter } from "../channel-adapter.js";
import { DingTalkFiles } from "./dingtalk-file-message.js";
import { OutboundAllowList } from "../outbound-allow-list.js";
import { DingTalkApiClient } from "./dingtalk-api.client.js";
import { type DingTalkConfig, loadDingTalkConfig } from "./dingtalk.config.js";
import { dingTalkHttpRoutes } from "./dingtalk-http.routes.js";
import { DingTalkSender } from "./dingtalk.sender.js";
import { DingTalkStream } from "./dingtalk-stream.js";
import { ROBOT_MESSAGES_PER_MINUTE, RobotWebhook } from "./robot-webhook.js";
import { PLATFORM } from "./to-inbound-event.js";

export interface DingTalkAdapter extends ChannelAdapter {
  readonly sender: DingTalkSender;
  /** Set in stream mode. */
  readonly stream?: DingTalkStream;
}

/**
 * DingTalk enterprise internal robot. HTTP mode mounts the callbacks; Stream mode opens the SDK's
 * WebSocket on start(). Either way the sender replies through sessionWebhook / OpenAPI.
 */
export function createDingTalkAdapter(config: DingTalkConfig, deps: AdapterDeps): DingTalkAdapter {
  const clock = deps.clock;
  const api = new DingTalkApiClient({ apiBase: config.apiBase, oapiBase: config.oapiBase, appKey: config.appKey, appSecret: config.appSecret }, clock);
  // The custom robot's 20-a-minute window is kept in the database: one cap for every instance.
  const robot = new RobotWebhook(clock, config.robotWebhook, deps.stores.sendWindow(ROBOT_MESSAGES_PER_MINUTE));
  const sender = new DingTalkSender(api, robot, clock, {
    robotCode: config.robotCode,
    ...(config.cardCallbackRouteKey ? { cardCallbackRouteKey: config.cardCallbackRouteKey } : {}),
    allowList: new OutboundAllowList("dingtalk", [config.apiBase, config.oapiBase], deps.logger),
  });
  // Files people send the robot: the download URL DingTalk hands out may only point at its file hosts.
  const files = deps.files
    ? new DingTalkFiles({
        api,
        robotCode: config.robotCode,
        fileHosts: new OutboundAllowList("dingtalk", config.fileHosts, deps.logger),
        files: { store: deps.files, maxBytes: importMaxBytes() },
      })
    : undefined;
  if (config.mode === "stream") {
    const stream = new DingTalkStream({
      inbox: deps.inbox,
      appKey: config.appKey,
      appSecret: config.appSecret,
      robotCode: config.robotCode,
      apiBase: config.apiBase,
      logger: deps.logger,
      ...(files ? { files } : {}),
    });
    return { platform: PLATFORM, sender, stream, start: () => stream.start(), stop: () => stream.stop() };
  }
  if (!config.corpId) throw new Error("DingTalk HTTP mode needs DINGTALK_CORP_ID");
  deps.logger.info(
    "dingtalk: HTTP mode, callbacks at POST /dingtalk/callback and /dingtalk/card-callback (Stream mode needs no public URL: DINGTALK_MODE=stream)",
  );
  return {
    platform: PLATFORM,
    sender,
    routes: dingTalkHttpRoutes({
      inbox: deps.inbox,
      clock,
      appSecret: config.appSecret,
      robotCode: config.robotCode,
      corpId: config.corpId,
      ledger: deps.stores.signatureLedger(deps.logger),
      logger: deps.logger,
      ...(files ? { files } : {}),
    }),
  };
}

/** The DingTalk adapter when DINGTALK_APP_KEY and DINGTALK_APP_SECRET are set (as a list: zero or one). */
export function dingTalkAdaptersFromEnv(env: NodeJS.ProcessEnv, deps: AdapterDeps): DingTalkAdapter[] {
  const config = loadDingTalkConfig(env);
  return config ? [createDingTalkAdapter(config, deps)] : [];
}
