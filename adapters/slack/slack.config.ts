import { z } from "zod";

// An empty variable (SLACK_APP_TOKEN= in a .env file) means "not set", not "invalid".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().min(1)),
  SLACK_SIGNING_SECRET: optional(z.string().min(1)),
  /** App-level token (xapp-…): connect over Socket Mode instead of receiving HTTP callbacks. */
  SLACK_APP_TOKEN: optional(z.string().startsWith("xapp-")),
  /** Web API base, for proxies and the fake Slack of the tests; Slack's own when unset. */
  SLACK_API_URL: optional(z.url()),
});

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  /** Always ends with "/" (the WebClient appends method names). */
  apiUrl?: string;
}

/** The Slack settings, or null when Slack is not configured (bot token and signing secret both needed). */
export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid Slack configuration:\n${lines.join("\n")}`);
  }
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL } = parsed.data;
  if (!SLACK_BOT_TOKEN || !SLACK_SIGNING_SECRET) return null;
  return {
    botToken: SLACK_BOT_TOKEN,
    signingSecret: SLACK_SIGNING_SECRET,
    ...(SLACK_APP_TOKEN ? { appToken: SLACK_APP_TOKEN } : {}),
    ...(SLACK_API_URL ? { apiUrl: SLACK_API_URL.endsWith("/") ? SLACK_API_URL : `${SLACK_API_URL}/` } : {}),
  };
}
