import { z } from "zod";

/** Default lifetime of a signed file link: long enough to open it from a chat, short enough that a leaked link soon dies. */
export const DEFAULT_FILE_LINK_TTL_SECONDS = 15 * 60;

const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+$|^[0-9a-f:.]+$/, "a host name without scheme or port, e.g. crm.example.com");

const schema = z.object({
  /** off: /api/local is not mounted at all (a node that serves only platform callbacks). */
  CRM_LOCAL_API: z.enum(["on", "off"]).default("on"),
  /** Comma-separated host names a reverse proxy forwards the local API under, besides localhost. */
  CRM_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((h) => h.trim())
        .filter((h) => h.length > 0),
    )
    .pipe(z.array(hostName)),
  CRM_FILE_LINK_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .default(DEFAULT_FILE_LINK_TTL_SECONDS),
});

export interface LocalApiSettings {
  enabled: boolean;
  allowedHosts: string[];
  fileLinkTtlSeconds: number;
}

/** The local HTTP API's settings from the environment; a bad value stops the start with a clear message. */
export function localApiSettingsFromEnv(env: NodeJS.ProcessEnv): LocalApiSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid local API configuration:\n${lines.join("\n")}`);
  }
  const { CRM_LOCAL_API, CRM_ALLOWED_HOSTS, CRM_FILE_LINK_TTL_SECONDS } = parsed.data;
  return { enabled: CRM_LOCAL_API === "on", allowedHosts: CRM_ALLOWED_HOSTS, fileLinkTtlSeconds: CRM_FILE_LINK_TTL_SECONDS };
}
