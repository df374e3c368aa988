import type { AdapterDeps, ChannelAdapter } from "../adapters/channel-adapter.js";
import { dingTalkAdaptersFromEnv } from "../adapters/dingtalk/dingtalk.adapter.js";
import { createSlackAdapter } from "../adapters/slack/slack.adapter.js";
import { wechatyAdapters } from "../adapters/wechaty/wechaty.adapter.js";
import { readWechatyConfig } from "../adapters/wechaty/wechaty.config.js";
import { wecomAdapters } from "../adapters/wecom/wecom.adapter.js";

/**
 * The chat platforms this instance serves, each enabled by its own environment variables.
 * One line per adapter; the local channel is always on and wired in create-app.
 */
export function createChannelAdapters(env: NodeJS.ProcessEnv, deps: AdapterDeps): ChannelAdapter[] {
  const adapters: ChannelAdapter[] = [];
  const slack = createSlackAdapter(env, deps);
  if (slack) adapters.push(slack);
  adapters.push(...wecomAdapters(env, deps));
  adapters.push(...dingTalkAdaptersFromEnv(env, deps));
  adapters.push(...wechatyAdapters(readWechatyConfig(env), deps));
  return adapters;
}
