import { randomBytes } from "node:crypto";
import path from "node:path";
import { dataDir, readOrCreateSecretFile } from "./secret-file.js";

export const API_TOKEN_FILE = "api-token";
/** Shorter tokens are refused: a bearer token is the whole of the local API's authentication. */
export const MIN_API_TOKEN_LENGTH = 16;

export interface ApiToken {
  token: string;
  /** Where the token came from: the CRM_API_TOKEN variable, or the file in the data dir. */
  source: "env" | "file";
  /** The token file (source "file"). */
  path?: string;
  /** True on the start that generated the file: the token is shown once. */
  created: boolean;
}

/** The local API's bearer token: CRM_API_TOKEN, else `<data dir>/api-token`, generated (32 random bytes) on first start. */
export function resolveApiToken(env: NodeJS.ProcessEnv = process.env): ApiToken {
  const configured = env.CRM_API_TOKEN?.trim();
  if (configured) {
    if (configured.length < MIN_API_TOKEN_LENGTH) {
      throw new Error(`CRM_API_TOKEN is too short: use at least ${MIN_API_TOKEN_LENGTH} random characters, e.g. \`openssl rand -base64 32\`.`);
    }
    return { token: configured, source: "env", created: false };
  }
  const file = readOrCreateSecretFile(path.join(dataDir(env), API_TOKEN_FILE), () => randomBytes(32).toString("base64url"));
  return { token: file.value, source: "file", path: file.path, created: file.created };
}

/** Printed once, on the start that generated the token: where it is and how to use it. */
export function apiTokenNotice(token: ApiToken, baseUrl: string): string {
  return [
    `Generated the local API token and stored it in ${token.path} (mode 0600). It is shown only this once:`,
    `  ${token.token}`,
    "Every call to /api/local/* needs it as a bearer token, e.g.",
    `  curl -H "Authorization: Bearer $(cat ${token.path})" -H "content-type: application/json" \\`,
    `       -d '{"user":"me","text":"help"}' ${baseUrl}/api/local/messages`,
    "Set CRM_API_TOKEN to use a token of your own instead; delete the file and restart to generate a new one.",
  ].join("\n");
}
