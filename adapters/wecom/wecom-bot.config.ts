import { z } from "zod";

/** The variables that must both be set for the WeCom smart bot (智能机器人) long connection. */
export const WECOM_BOT_REQUIRED_ENV = ["WECOM_BOT_ID", "WECOM_BOT_SECRET"] as const;
/** The variables that must both be set for its webhook mode (encrypted JSON callbacks to our URL). */
export const WECOM_BOT_WEBHOOK_ENV = ["WECOM_BOT_TOKEN", "WECOM_BOT_ENCODING_AES_KEY"] as const;

const corpId = z.string().trim().min(1).max(64).optional();

/**
 * Where the (encrypted) files people send the bot may be downloaded from: the URL comes in the
 * message, so only these origins are fetched. The default is the host of the official callback
 * examples' image and file URLs; tests point it at a fake.
 */
const fileHosts = z
  .string()
  .default("https://ww-aibot-img-1258476243.cos.ap-guangzhou.myqcloud.com")
  .transform((v) =>
    v
      .split(",")
      .map((h) => h.trim())
      .filter((h) => h.length > 0),
  )
  .pipe(z.array(z.url()).min(1));

const longConnectionSchema = z.object({
  WECOM_BOT_ID: z.string().trim().min(1).max(128),
  WECOM_BOT_SECRET: z.string().trim().min(1).max(256),
  /** The long-connection gateway; a privately deployed WeCom shows its own in the admin console (tests: a local fake). */
  WECOM_BOT_WS_URL: z
    .string()
    .trim()
    .regex(/^wss?:\/\/\S+$/u, "must be a ws:// or wss:// URL")
    .default("wss://openws.work.weixin.qq.com"),
  /** The corp the bot belongs to: members' ids are only unique within it (optional, the bot's id otherwise). */
  WECOM_BOT_CORP_ID: corpId,
  WECOM_BOT_FILE_HOSTS: fileHosts,
});

const webhookSchema = z.object({
  WECOM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,32}$/u, "must be the Token from the bot's API settings (letters and digits, at most 32)"),
  WECOM_BOT_ENCODING_AES_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{43}$/u, "must be the 43-character EncodingAESKey"),
  /** Only answers to this host are posted (a response_url names it); tests point it at a local fake. */
  WECOM_BOT_API_BASE: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/\s]+$/u, "must be a scheme and host, no path")
    .default("https://qyapi.weixin.qq.com"),
  WECOM_BOT_CORP_ID: corpId,
  WECOM_BOT_FILE_HOSTS: fileHosts,
});

export interface WecomBotConfig {
  mode: "long-connection";
  botId: string;
  secret: string;
  wsUrl: string;
  /** Tenant of the members' identities. */
  tenantId: string;
  /** Origins a received file's URL may point at (WECOM_BOT_FILE_HOSTS). */
  fileHosts: string[];
}

export interface WecomBotWebhookConfig {
  mode: "webhook";
  token: string;
  encodingAesKey: string;
  apiBase: string;
  tenantId: string;
  fileHosts: string[];
}

export type WecomBotConfigResult = { enabled: true; config: WecomBotConfig | WecomBotWebhookConfig } | { enabled: false; missing: string[] };

/** The tenant of a webhook bot without WECOM_BOT_CORP_ID (its callbacks name no corp). */
const WEBHOOK_TENANT = "wecom-bot";

/**
 * Reads the smart bot's settings: the long connection (bot id + secret) or the webhook mode (Token +
 * EncodingAESKey), one of them as the bot's API mode in the admin console. A set but invalid value
 * stops the start with a clear message.
 */
export function readWecomBotConfig(env: NodeJS.ProcessEnv): WecomBotConfigResult {
  const missingOf = (names: readonly string[]) => names.filter((name) => !env[name]?.trim());
  const connection = missingOf(WECOM_BOT_REQUIRED_ENV);
  const webhook = missingOf(WECOM_BOT_WEBHOOK_ENV);
  if (connection.length === 0 && webhook.length === 0) {
    throw new Error(
      "Invalid WeCom smart bot configuration: set WECOM_BOT_ID/WECOM_BOT_SECRET (long connection) or WECOM_BOT_TOKEN/WECOM_BOT_ENCODING_AES_KEY (webhook), not both — a bot has one API mode",
    );
  }
  const blank = (value: string | undefined) => (value?.trim() ? value : undefined);
  if (webhook.length === 0) {
    const e = parse(webhookSchema, {
      WECOM_BOT_TOKEN: env.WECOM_BOT_TOKEN,
      WECOM_BOT_ENCODING_AES_KEY: env.WECOM_BOT_ENCODING_AES_KEY,
      WECOM_BOT_API_BASE: blank(env.WECOM_BOT_API_BASE),
      WECOM_BOT_CORP_ID: blank(env.WECOM_BOT_CORP_ID),
      WECOM_BOT_FILE_HOSTS: blank(env.WECOM_BOT_FILE_HOSTS),
    });
    return {
      enabled: true,
      config: {
        mode: "webhook",
        token: e.WECOM_BOT_TOKEN,
        encodingAesKey: e.WECOM_BOT_ENCODING_AES_KEY,
        apiBase: e.WECOM_BOT_API_BASE,
        tenantId: e.WECOM_BOT_CORP_ID ?? WEBHOOK_TENANT,
        fileHosts: e.WECOM_BOT_FILE_HOSTS,
      },
    };
  }
  if (connection.length > 0) return { enabled: false, missing: webhook.length < connection.length ? webhook : connection };
  const e = parse(longConnectionSchema, {
    WECOM_BOT_ID: env.WECOM_BOT_ID,
    WECOM_BOT_SECRET: env.WECOM_BOT_SECRET,
    WECOM_BOT_WS_URL: blank(env.WECOM_BOT_WS_URL),
    WECOM_BOT_CORP_ID: blank(env.WECOM_BOT_CORP_ID),
    WECOM_BOT_FILE_HOSTS: blank(env.WECOM_BOT_FILE_HOSTS),
  });
  return {
    enabled: true,
    config: {
      mode: "long-connection",
      botId: e.WECOM_BOT_ID,
      secret: e.WECOM_BOT_SECRET,
      wsUrl: e.WECOM_BOT_WS_URL,
      tenantId: e.WECOM_BOT_CORP_ID ?? e.WECOM_BOT_ID,
      fileHosts: e.WECOM_BOT_FILE_HOSTS,
    },
  };
}

function parse<T extends z.ZodTypeAny>(schema: T, values: Record<string, string | undefined>): z.infer<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid WeCom smart bot configuration:\n${lines.join("\n")}`);
}
