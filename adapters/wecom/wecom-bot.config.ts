import { z } from "zod";

/** The variables that must both be set for the WeCom smart bot (智能机器人) long connection. */
export const WECOM_BOT_REQUIRED_ENV = ["WECOM_BOT_ID", "WECOM_BOT_SECRET"] as const;

const envSchema = z.object({
  WECOM_BOT_ID: z.string().trim().min(1).max(128),
  WECOM_BOT_SECRET: z.string().trim().min(1).max(256),
  /** The long-connection gateway; a privately deployed WeCom shows its own in the admin console (tests: a local fake). */
  WECOM_BOT_WS_URL: z
    .string()
    .trim()
    .regex(/^wss?:\/\/\S+$/u, "must be a ws:// or wss:// URL")
    .default("wss://openws.work.weixin.qq.com"),
  /** The corp the bot belongs to: members' ids are only unique within it (optional, the bot's id otherwise). */
  WECOM_BOT_CORP_ID: z.string().trim().min(1).max(64).optional(),
});

export interface WecomBotConfig {
  botId: string;
  secret: string;
  wsUrl: string;
  /** Tenant of the members' identities. */
  tenantId: string;
}

export type WecomBotConfigResult = { enabled: true; config: WecomBotConfig } | { enabled: false; missing: string[] };

/** Reads the smart bot's settings; a set but invalid value stops the start with a clear message. */
export function readWecomBotConfig(env: NodeJS.ProcessEnv): WecomBotConfigResult {
  const missing = WECOM_BOT_REQUIRED_ENV.filter((name) => !env[name]?.trim());
  if (missing.length > 0) return { enabled: false, missing };
  const blank = (value: string | undefined) => (value?.trim() ? value : undefined);
  const parsed = envSchema.safeParse({
    WECOM_BOT_ID: env.WECOM_BOT_ID,
    WECOM_BOT_SECRET: env.WECOM_BOT_SECRET,
    WECOM_BOT_WS_URL: blank(env.WECOM_BOT_WS_URL),
    WECOM_BOT_CORP_ID: blank(env.WECOM_BOT_CORP_ID),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid WeCom smart bot configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    enabled: true,
    config: { botId: e.WECOM_BOT_ID, secret: e.WECOM_BOT_SECRET, wsUrl: e.WECOM_BOT_WS_URL, tenantId: e.WECOM_BOT_CORP_ID ?? e.WECOM_BOT_ID },
  };
}
