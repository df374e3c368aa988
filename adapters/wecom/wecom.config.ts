import { z } from "zod";

/** The variables that must all be set for the WeCom channel to be enabled. */
export const WECOM_REQUIRED_ENV = ["WECOM_CORP_ID", "WECOM_AGENT_ID", "WECOM_SECRET", "WECOM_TOKEN", "WECOM_ENCODING_AES_KEY"] as const;

const envSchema = z.object({
  WECOM_CORP_ID: z.string().trim().min(1).max(64),
  WECOM_AGENT_ID: z.string().trim().regex(/^\d+$/, "must be the numeric AgentId of the app"),
  WECOM_SECRET: z.string().trim().min(1),
  // The admin console only accepts 3–32 letters and digits as Token.
  WECOM_TOKEN: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,64}$/, "must be letters and digits"),
  // 43 base64 characters decode (with the "=" WeCom leaves off) to the 32-byte AES key.
  WECOM_ENCODING_AES_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]{43}$/, "must be the 43-character EncodingAESKey"),
  WECOM_API_BASE: z.string().trim().url().default("https://qyapi.weixin.qq.com"),
  /** Group robot (群机器人) webhook for team channels: the full URL with ?key=… */
  WECOM_ROBOT_WEBHOOK: z.string().trim().url().optional(),
  /** Where a tap on a text_notice card leads (WeCom requires a link on that card type). */
  WECOM_CARD_URL: z.string().trim().url().default("https://work.weixin.qq.com/"),
  /** WeCom's caps on app messages to one member (it drops the rest silently); 0 turns one off. */
  WECOM_MEMBER_PER_MINUTE: z.coerce.number().int().min(0).default(30),
  WECOM_MEMBER_PER_HOUR: z.coerce.number().int().min(0).default(1000),
});

export interface WecomConfig {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  encodingAesKey: string;
  apiBase: string;
  robotWebhook?: string;
  cardUrl: string;
  /** Caps on messages to one member: at most `limit` per `windowMs` (WeCom drops what passes them). */
  memberCaps: { limit: number; windowMs: number }[];
}

export type WecomConfigResult = { enabled: true; config: WecomConfig } | { enabled: false; missing: string[] };

/**
 * Reads the WeCom settings. The channel is enabled when every required variable is set;
 * a set but invalid value stops the start with a clear message instead of failing at the first callback.
 */
export function readWecomConfig(env: NodeJS.ProcessEnv): WecomConfigResult {
  const missing = WECOM_REQUIRED_ENV.filter((name) => !env[name]?.trim());
  if (missing.length > 0) return { enabled: false, missing };
  const blankToUndefined = (value: string | undefined) => (value?.trim() ? value : undefined);
  const parsed = envSchema.safeParse({
    ...Object.fromEntries(WECOM_REQUIRED_ENV.map((name) => [name, env[name]])),
    WECOM_API_BASE: blankToUndefined(env.WECOM_API_BASE),
    WECOM_ROBOT_WEBHOOK: blankToUndefined(env.WECOM_ROBOT_WEBHOOK),
    WECOM_CARD_URL: blankToUndefined(env.WECOM_CARD_URL),
    WECOM_MEMBER_PER_MINUTE: blankToUndefined(env.WECOM_MEMBER_PER_MINUTE),
    WECOM_MEMBER_PER_HOUR: blankToUndefined(env.WECOM_MEMBER_PER_HOUR),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid WeCom configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    enabled: true,
    config: {
      corpId: e.WECOM_CORP_ID,
      agentId: Number(e.WECOM_AGENT_ID),
      secret: e.WECOM_SECRET,
      token: e.WECOM_TOKEN,
      encodingAesKey: e.WECOM_ENCODING_AES_KEY,
      apiBase: e.WECOM_API_BASE.replace(/\/+$/, ""),
      ...(e.WECOM_ROBOT_WEBHOOK ? { robotWebhook: e.WECOM_ROBOT_WEBHOOK } : {}),
      cardUrl: e.WECOM_CARD_URL,
      memberCaps: [
        { limit: e.WECOM_MEMBER_PER_MINUTE, windowMs: 60_000 },
        { limit: e.WECOM_MEMBER_PER_HOUR, windowMs: 3_600_000 },
      ].filter((cap) => cap.limit > 0),
    },
  };
}
