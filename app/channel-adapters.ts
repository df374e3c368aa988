import type { AdapterDeps, ChannelAdapter } from "../adapters/channel-adapter.js";
import { createSlackAdapter } from "../adapters/slack/slack.adapter.js";

/**
 * The chat platforms this instance serves, each enabled by its own environment variables.
 * One line per adapter; the local channel is always on and wired in create-app.
 */
export function createChannelAdapters(env: NodeJS.ProcessEnv, deps: AdapterDeps): ChannelAdapter[] {
  const adapters: ChannelAdapter[] = [];
  void env;
  void deps;
  for (const adapter of [createSlackAdapter(env, deps)]) if (adapter) adapters.push(adapter);
  return adapters;
}
