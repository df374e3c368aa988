import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url.js";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Who you are in the terminal chat. */
  CRM_LOCAL_USER: z.string().min(1).optional(),
  /** Load the demo dataset into an empty database on start. */
  CRM_DEMO: z.enum(["0", "1", "true", "false"]).optional(),
});

export type AppConfig = z.infer<typeof envSchema>;

/** Reads configuration from the environment; a bad value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
