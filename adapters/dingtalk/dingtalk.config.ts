import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v.length > 0 ? v : undefined))
  .optional();

const envSchema = z.object({
  DINGTALK_APP_KEY: optionalText,
  DINGTALK_APP_SECRET: optionalText,
  DINGTALK_MODE: z.enum(["http", "stream"]).default("http"),
  /**
   * The organization's CorpId (dingxxxx, shown in the developer console). Required in HTTP mode: a
   * callback's headers sign only a timestamp, so the corp ids in its body are checked against it.
   */
  DINGTALK_CORP_ID: optionalText,
  /** The robot's code; for an enterprise internal app robot it is the app key. */
  DINGTALK_ROBOT_CODE: optionalText,
  /** OpenAPI host (accessToken, robot messages, interactive cards); tests point it at a fake. */
  DINGTALK_API_BASE: z.url().default("https://api.dingtalk.com"),
  /** Legacy OpenAPI host (media/upload for files sent by the robot); tests point it at a fake. */
  DINGTALK_OAPI_BASE: z.url().default("https://oapi.dingtalk.com"),
  /**
   * Where the download URLs of files people send the robot may point (comma-separated origins);
   * the URL comes from DingTalk's answer, so nothing else is fetched. Tests point it at a fake.
   */
  DINGTALK_FILE_HOSTS: z
    .string()
    .default("https://down.dingtalk.com")
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim())
        .filter((h) => h.length > 0),
    )
    .pipe(z.array(z.url()).min(1)),
  /** Custom group robot (自定义机器人) for team channels, with 加签. */
  DINGTALK_ROBOT_WEBHOOK: z.url().optional(),
  DINGTALK_ROBOT_SECRET: optionalText,
  /** Route key of the card callback URL registered for HTTP mode (sent as callbackRouteKey with each card). */
  DINGTALK_CARD_CALLBACK_ROUTE_KEY: optionalText,
});

export interface DingTalkConfig {
  appKey: string;
  appSecret: string;
  mode: "http" | "stream";
  robotCode: string;
  /** Set (and required) in HTTP mode; Stream mode is authenticated by the SDK's connection. */
  corpId?: string;
  apiBase: string;
  oapiBase: string;
  /** Origins a received file's download URL may point at (DINGTALK_FILE_HOSTS). */
  fileHosts: string[];
  robotWebhook?: { url: string; secret?: string };
  cardCallbackRouteKey?: string;
}

/**
 * Reads the DingTalk settings. Returns undefined when the adapter is not configured (no app key
 * or secret); a present but invalid value stops the start with a clear message.
 */
export function loadDingTalkConfig(env: NodeJS.ProcessEnv): DingTalkConfig | undefined {
  const result = envSchema.safeParse(pick(env));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid DingTalk configuration:\n${lines.join("\n")}`);
  }
  const c = result.data;
  if (!c.DINGTALK_APP_KEY || !c.DINGTALK_APP_SECRET) return undefined;
  if (c.DINGTALK_MODE === "http" && !c.DINGTALK_CORP_ID) {
    throw new Error(
      "Invalid DingTalk configuration:\n  DINGTALK_CORP_ID: required in HTTP mode (the CorpId of your organization, from the developer console);" +
        " or set DINGTALK_MODE=stream, which needs no public callback URL",
    );
  }
  return {
    appKey: c.DINGTALK_APP_KEY,
    appSecret: c.DINGTALK_APP_SECRET,
    mode: c.DINGTALK_MODE,
    robotCode: c.DINGTALK_ROBOT_CODE ?? c.DINGTALK_APP_KEY,
    ...(c.DINGTALK_CORP_ID ? { corpId: c.DINGTALK_CORP_ID } : {}),
    apiBase: c.DINGTALK_API_BASE.replace(/\/+$/, ""),
    oapiBase: c.DINGTALK_OAPI_BASE.replace(/\/+$/, ""),
    fileHosts: c.DINGTALK_FILE_HOSTS,
    ...(c.DINGTALK_ROBOT_WEBHOOK
      ? { robotWebhook: { url: c.DINGTALK_ROBOT_WEBHOOK, ...(c.DINGTALK_ROBOT_SECRET ? { secret: c.DINGTALK_ROBOT_SECRET } : {}) } }
      : {}),
    ...(c.DINGTALK_CARD_CALLBACK_ROUTE_KEY ? { cardCallbackRouteKey: c.DINGTALK_CARD_CALLBACK_ROUTE_KEY } : {}),
  };
}

// Only our keys, with empty strings treated as unset (a blank line in .env must not fail the start).
function pick(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const keys = Object.keys(envSchema.shape);
  return Object.fromEntries(keys.map((k) => [k, env[k] === "" ? undefined : env[k]]));
}
