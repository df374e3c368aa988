import type { AdapterDeps, ChannelAdapter } from "../adapters/channel-adapter.js";

type AdaptersFromEnv = (env: NodeJS.ProcessEnv, deps: AdapterDeps) => ChannelAdapter[];

/**
 * Each platform's factory, one shape: zero or one adapter from its own environment variables.
 * A platform's module (and SDK) is loaded only when one of its variables is set: loading all four
 * took about half a second of every start, most of them for nothing.
 */
const PLATFORMS: ReadonlyArray<{ envPrefix: string; load: () => Promise<AdaptersFromEnv> }> = [
  { envPrefix: "SLACK_", load: async () => (await import("../adapters/slack/slack.adapter.js")).slackAdaptersFromEnv },
  { envPrefix: "WECOM_", load: async () => (await import("../adapters/wecom/wecom.adapter.js")).wecomAdaptersFromEnv },
  { envPrefix: "DINGTALK_", load: async () => (await import("../adapters/dingtalk/dingtalk.adapter.js")).dingTalkAdaptersFromEnv },
  { envPrefix: "WECHATY_", load: async () => (await import("../adapters/wechaty/wechaty.adapter.js")).wechatyAdaptersFromEnv },
];

/** The chat platforms this instance serves. The local channel is always on and wired in create-app. */
export async function createChannelAdapters(env: NodeJS.ProcessEnv, deps: AdapterDeps): Promise<ChannelAdapter[]> {
  const adapters: ChannelAdapter[] = [];
  for (const { envPrefix, load } of PLATFORMS) {
    if (!Object.entries(env).some(([name, value]) => name.startsWith(envPrefix) && value)) continue;
    adapters.push(...(await load())(env, deps));
  }
  return adapters;
}
