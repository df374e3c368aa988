import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const envSchema = z.object({
  /** Puppet npm name, e.g. wechaty-puppet-service (token based), wechaty-puppet-wechat4u, wechaty-puppet-mock. */
  WECHATY_PUPPET: z
    .string()
    .trim()
    .regex(/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/, "an npm package name such as wechaty-puppet-service")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  WECHATY_PUPPET_SERVICE_TOKEN: optional,
  /** Older name of the token variable, still used by many puppet providers' docs. */
  WECHATY_TOKEN: optional,
  WECHATY_PUPPET_SERVICE_ENDPOINT: optional,
  /** Name of the Wechaty memory card: the login session is saved to <name>.memory-card.json. */
  WECHATY_NAME: optional,
});

export interface WechatyConfig {
  puppet: string;
  token?: string;
  endpoint?: string;
  name?: string;
}

/** The Wechaty settings, or null when WECHATY_PUPPET is unset (the adapter is off). Throws on invalid values. */
export function readWechatyConfig(env: NodeJS.ProcessEnv): WechatyConfig | null {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Wechaty configuration: ${issue?.path.join(".") ?? "env"} ${issue?.message ?? "is invalid"}`);
  }
  const e = parsed.data;
  if (!e.WECHATY_PUPPET) return null;
  const token = e.WECHATY_PUPPET_SERVICE_TOKEN ?? e.WECHATY_TOKEN;
  return {
    puppet: e.WECHATY_PUPPET,
    ...(token ? { token } : {}),
    ...(e.WECHATY_PUPPET_SERVICE_ENDPOINT ? { endpoint: e.WECHATY_PUPPET_SERVICE_ENDPOINT } : {}),
    ...(e.WECHATY_NAME ? { name: e.WECHATY_NAME } : {}),
  };
}
