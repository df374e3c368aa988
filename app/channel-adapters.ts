import type { AdapterDeps, ChannelAdapter } from "../adapters/channel-adapter.js";
import { dingTalkAdaptersFromEnv } from "../adapters/dingtalk/dingtalk.adapter.js";
import { slackAdaptersFromEnv } from "../adapters/slack/slack.adapter.js";
import { wechatyAdaptersFromEnv } from "../adapters/wechaty/wechaty.adapter.js";
import { wecomAdaptersFromEnv } from "../adapters/wecom/wecom.adapter.js";

/** Each platform's factory, one shape: zero or one adapter from its own environment variables. */
const PLATFORMS: ReadonlyArray<(env: NodeJS.ProcessEnv, deps: AdapterDeps) => ChannelAdapter[]> = [
  slackAdaptersFromEnv,
  wecomAdaptersFromEnv,
  dingTalkAdaptersFromEnv,
  wechatyAdaptersFromEnv,
];

/** The chat platforms this instance serves. The local channel is always on and wired in create-app. */
export function createChannelAdapters(env: NodeJS.ProcessEnv, deps: AdapterDeps): ChannelAdapter[] {
  return PLATFORMS.flatMap((fromEnv) => fromEnv(env, deps));
}
